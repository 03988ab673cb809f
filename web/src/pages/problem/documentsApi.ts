/**
 * Documents attached to a problem and its solutions: listed, uploaded as the file itself (its title and
 * name in the query string), downloaded by address and deleted. Built on the shared client of `api.ts`.
 */
import type { ResponseBody } from '../../../../src/sdk/client';
import { asFile, client, unwrap } from '../../api';

export type DocumentList = ResponseBody<'/api/problems/{id}/documents', 'get'>;
export type DocumentSummary = DocumentList['documents'][number];
export type DocumentVisibility = DocumentSummary['visibility'];

const path = (id: string) => ({ params: { path: { id } } });

export const documentsApi = {
  list: (problemId: string) => unwrap(client.GET('/api/problems/{id}/documents', path(problemId))),
  upload: (
    problemId: string,
    file: File,
    fields: { title: string; visibility?: DocumentVisibility | undefined },
  ) =>
    unwrap(
      client.POST('/api/problems/{id}/documents', {
        params: { path: { id: problemId }, query: { ...fields, filename: file.name } },
        body: file,
        ...asFile(file),
      }),
    ),
  remove: (documentId: string) => unwrap(client.DELETE('/api/documents/{id}', path(documentId))),
};

export const documentsQueryKey = (problemId: string) => ['problem-documents', problemId] as const;
