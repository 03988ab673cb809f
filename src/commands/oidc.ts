import type { OidcIdentity } from '../auth/oidc';
import { recordAudit } from '../db/audit';
import { createAuthSession } from '../db/queries/actors';
import { findAccountByOidcEmail, findAccountByOidcIdentity, linkOidcIdentity } from '../db/queries/oidc';
import { AppError } from '../domain/errors';
import { type CommandContext, inTransaction } from './context';

type SessionRow = Omit<Parameters<typeof createAuthSession>[1], 'userId'>;

/**
 * Signs in the account of a person the identity provider vouches for, opening the given session. An
 * account linked to the identity (issuer and subject) is found by it; otherwise the account with the
 * e-mail the provider has verified is linked to it now. No account is ever created here: accounts and
 * their roles are an administrator's to give.
 */
export function signInWithOidc(ctx: CommandContext, identity: OidcIdentity, session: SessionRow) {
  return inTransaction(ctx, async (tx) => {
    const linked = await findAccountByOidcIdentity(tx.db, identity.issuer, identity.subject);
    let account = linked;
    if (!account) {
      if (!identity.email || !identity.emailVerified) throw new AppError('OIDC_EMAIL_UNVERIFIED');
      account = await findAccountByOidcEmail(tx.db, identity.email);
      if (!account) throw new AppError('OIDC_NO_ACCOUNT');
      // An e-mail that moved to someone else at the provider must not take over the account.
      if (account.oidcSubject) throw new AppError('OIDC_OTHER_IDENTITY');
    }
    if (account.disabledAt) throw new AppError('OIDC_ACCOUNT_DISABLED');
    const actor = { userId: account.id, label: account.email };
    const audited = { entityType: 'account', entityId: account.id, requestId: ctx.requestId ?? null };
    if (!linked) {
      await linkOidcIdentity(tx.db, account.id, identity.issuer, identity.subject);
      await recordAudit(tx.db, {
        ...audited,
        actor,
        action: 'link_oidc',
        before: { oidcIssuer: null, oidcSubject: null },
        after: { oidcIssuer: identity.issuer, oidcSubject: identity.subject },
      });
    }
    await createAuthSession(tx.db, { ...session, userId: account.id });
    await recordAudit(tx.db, {
      ...audited,
      actor,
      action: 'sign_in',
      after: { method: 'oidc', oidcIssuer: identity.issuer },
    });
    return { userId: account.id };
  });
}
