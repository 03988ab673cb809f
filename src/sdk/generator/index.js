/**
 * The TypeScript types of an OpenAPI document, as openapi-typescript writes them. It lives in a
 * workspace of its own because openapi-typescript builds its output with the TypeScript 5 compiler
 * API, which the project's TypeScript 7 no longer offers; here it gets the version it needs.
 */
import openapiTS, { astToString } from 'openapi-typescript';
import ts from 'typescript';

/** A file (`format: binary`) is a Blob: what a browser sends and what `parseAs: 'blob'` reads. */
const blob = ts.factory.createTypeReferenceNode('Blob');

/** @param {object} document the OpenAPI document @returns {Promise<string>} */
export async function openapiToTypeScript(document) {
  const ast = await openapiTS(document, {
    alphabetize: true,
    transform: (schema) => (schema.format === 'binary' ? blob : undefined),
  });
  return astToString(ast);
}
