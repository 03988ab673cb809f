/** The continuity archive part of the API client (the coordinating office). */
import type { z } from 'zod';
import type { importReport } from '../../../../src/server/schemas/archive';
import { http } from '../../api';

export type ImportReport = z.input<typeof importReport>;

export const archiveApi = {
  /** The address that downloads a Mesa's archive (the browser saves the file). */
  exportUrl: (mesaId: string, contacts: boolean) =>
    `/api/mesas/${encodeURIComponent(mesaId)}/archive${contacts ? '?contacts=true' : ''}`,
  /** Sends the archive file itself; a dry run only reports. */
  import: (file: Blob, options: { dryRun: boolean; slug?: string }) => {
    const query = new URLSearchParams();
    if (options.dryRun) query.set('dryRun', 'true');
    if (options.slug) query.set('slug', options.slug);
    const qs = query.toString();
    // Whatever the system calls a ZIP file, the server reads it as one.
    return http.post<ImportReport>(
      `/api/archives/import${qs ? `?${qs}` : ''}`,
      new Blob([file], { type: 'application/zip' }),
    );
  },
};
