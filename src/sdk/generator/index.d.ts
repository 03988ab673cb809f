/** The TypeScript types of an OpenAPI document, as openapi-typescript writes them. */
export function openapiToTypeScript(document: object): Promise<string>;
