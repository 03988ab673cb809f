/** The continuity archive part of the API client (the coordinating office). */
import type { ResponseBody } from '../../../../src/sdk/client';
import { asFile, client, unwrap } from '../../api';

export type ImportReport = ResponseBody<'/api/archives/import', 'post'>;

export const archiveApi = {
  /** The address that downloads a Mesa's archive (the browser saves the file). */
  exportUrl: (mesaId: string, contacts: boolean) =>
    `/api/mesas/${encodeURIComponent(mesaId)}/archive${contacts ? '?contacts=true' : ''}`,
  /** Sends the archive file itself; a dry run only reports. */
  import: (file: Blob, options: { dryRun: boolean; slug?: string }) => {
    // Whatever the system calls a ZIP file, the server reads it as one.
    const zip = new Blob([file], { type: 'application/zip' });
    return unwrap(
      client.POST('/api/archives/import', {
        params: { query: { dryRun: options.dryRun ? 'true' : undefined, slug: options.slug } },
        body: zip,
        ...asFile(zip),
      }),
    );
  },
};
