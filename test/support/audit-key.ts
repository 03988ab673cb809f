import { setAuditKey } from '../../src/db/audit';

/**
 * The audit key of every test database: the template is seeded with it (global-setup.ts) and each test
 * file's process sets it before its first change (a setup file of the Vitest configurations).
 */
export const TEST_AUDIT_KEY = 'test-audit-key-test-audit-key-0123456789';

setAuditKey(TEST_AUDIT_KEY);
