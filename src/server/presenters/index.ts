/**
 * How the API shows each resource: one file per resource, pure functions from the rows the queries
 * return (and the caller's permissions) to the shapes of src/server/schemas. Routes import from here.
 */
export * from './assessments';
export * from './commitments';
export * from './dashboards';
export * from './escalations';
export * from './home';
export * from './matrix';
export * from './meetings';
export * from './mesas';
export * from './outbox';
export * from './ref';
