import { describe, expect, it } from 'vitest';
import { passwordWeakness } from '../../src/domain/password-strength';
import { translator } from '../../src/i18n';

const account = ['wayra.ccorimanya@example.org', 'Wayra Ccorimanya Tupayachi'];

describe('the password strength rule', () => {
  it.each(['password123', 'contraseña2024', 'qwertyuiop12', '12345678901', 'aaaaaaaaaaaa', 'Password1234'])(
    'refuses the common or guessable %s',
    (password) => {
      const weakness = passwordWeakness(password, account);
      expect(weakness).toMatchObject({ path: 'password' });
      expect(weakness!.key).toMatch(/^fields\.(weakPassword|password[A-Z]\w+)$/);
    },
  );

  it.each([
    'aguacate-tiburón-lápiz-9',
    'correct horse battery staple',
    'otra-clave-segura-2026',
    'kX9#mQ2$vLp7',
  ])('accepts the hard to guess %s', (password) => {
    expect(passwordWeakness(password, account)).toBeNull();
  });

  it('refuses a password made of what is known of the account, that it would accept from anyone else', () => {
    expect(passwordWeakness('ccorimanya2026', [])).toBeNull();
    expect(passwordWeakness('ccorimanya2026', account)).toMatchObject({ key: 'fields.passwordPersonal' });
    expect(passwordWeakness('wayra.ccorimanya@example.org', account)).not.toBeNull();
  });

  it('says what zxcvbn found, in Spanish and English', () => {
    expect(passwordWeakness('password123', account, 'newPassword')).toEqual({
      path: 'newPassword',
      key: 'fields.passwordCommon',
    });
    expect(passwordWeakness('qwertyuiop12', account)?.key).toBe('fields.passwordLikeCommon');
    expect(passwordWeakness('aaaaaaaaaaaa', account)?.key).toBe('fields.passwordRepeats');
    expect(passwordWeakness('contraseña2024', account)?.key).toBe('fields.weakPassword');
    expect(translator('en')('fields.passwordCommon')).toMatch(
      /^too easy to guess: it is a commonly used password\. /,
    );
    expect(translator('es')('fields.passwordCommon')).toMatch(
      /^demasiado fácil de adivinar: es una contraseña muy usada\. /,
    );
  });

  it('scores a long password by its beginning: a strong start passes, a weak one does not', () => {
    expect(passwordWeakness(`correct horse battery staple ${'x'.repeat(170)}`, account)).toBeNull();
    expect(passwordWeakness('a'.repeat(200), account)).not.toBeNull();
  });
});
