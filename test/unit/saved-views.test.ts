import { describe, expect, it } from 'vitest';
import { isDefaultView, normalViewQuery, sameView, viewName } from '../../src/domain/saved-views';

describe('saved views of the Matrix', () => {
  it('keeps a name on one line, trimmed, with single spaces', () => {
    expect(viewName('  Para la\tsesión\n del   jueves ')).toBe('Para la sesión del jueves');
    expect(viewName('Sesi\u006f\u0301n')).toBe('Sesión');
    expect(viewName('   ')).toBe('');
  });

  it('stores only what differs from the default view, dropping what the Matrix does not know', () => {
    expect(
      normalViewQuery({ status: 'open', dir: 'desc', hide: 'number,ease,bogus', page: '2', owner: 'ZZ' }),
    ).toEqual({ status: 'open', hide: 'ease' });
    expect(normalViewQuery({ sort: 'impact', dir: 'desc', focus: '' })).toEqual({
      sort: 'impact',
      dir: 'desc',
    });
    expect(normalViewQuery({})).toEqual({});
  });

  it('tells the default view from a view that shows less or in another way', () => {
    expect(isDefaultView({})).toBe(true);
    expect(isDefaultView({ dir: 'desc', status: 'nonsense' })).toBe(true);
    expect(isDefaultView({ groupBy: 'entity' })).toBe(false);
    expect(isDefaultView({ hide: 'ease' })).toBe(false);
  });

  it('compares views by what they show, whatever the order or form of their keys', () => {
    expect(sameView({ status: 'open', sort: 'impact' }, { sort: 'impact', status: 'open', dir: 'asc' })).toBe(
      true,
    );
    expect(sameView({ hide: 'ease,impact' }, { hide: 'impact,ease' })).toBe(true);
    expect(sameView({ status: 'open' }, { status: 'open', focus: 'yes' })).toBe(false);
    expect(sameView({}, { page: '2' })).toBe(true);
    expect(sameView({ sort: 'impact', dir: 'desc' }, { sort: 'impact' })).toBe(false);
  });
});
