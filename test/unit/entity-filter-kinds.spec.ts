import { anyOfFilter, atMostFilter, equalsFilter, equalsIgnoringCaseFilter, idsFilter, prefixFilter, searchFilter } from '../../src/core/entities/filter-kinds';

/** The declared filter kinds: each one's condition on an alias, its parameter, and the fields it reads (refused when masked). */
describe('entity filter kinds', () => {
  it('writes each condition on the alias, with its value as a named parameter', () => {
    expect(idsFilter('d').condition('c', ['cus_1'], 'ids')).toEqual({ sql: 'c.id = ANY(:f_ids)', params: { f_ids: ['cus_1'] } });
    expect(anyOfFilter('status', 'status', () => String, 'd').condition('s', ['ACTIVE'], 'status')).toEqual({ sql: 's.status = ANY(:f_status)', params: { f_status: ['ACTIVE'] } });
    expect(equalsFilter('country', 'country', 'd', (v) => v.toUpperCase()).condition('c', 'cn', 'country')).toEqual({ sql: 'c.country = :f_country', params: { f_country: 'CN' } });
    expect(equalsIgnoringCaseFilter('contactEmail', 'contact_email', 'd').condition('c', 'A@B.example', 'contactEmail')).toEqual({
      sql: 'lower(c.contact_email) = lower(:f_contactEmail)',
      params: { f_contactEmail: 'A@B.example' },
    });
    expect(atMostFilter('qualificationExpiresOn', 'qualification_expires_on', () => String, 'd').condition('s', '2027-01-01', 'qualificationExpiresBy')).toEqual({
      sql: 's.qualification_expires_on <= :f_qualificationExpiresBy',
      params: { f_qualificationExpiresBy: '2027-01-01' },
    });
  });

  it('matches text literally: LIKE wildcards in a prefix or a search are escaped', () => {
    expect(prefixFilter('code', 'code', 'd').condition('m', '50%_off\\', 'codePrefix')).toEqual({ sql: "m.code LIKE :f_codePrefix ESCAPE '\\'", params: { f_codePrefix: '50\\%\\_off\\\\%' } });
    expect(searchFilter({ code: 'code', name: 'name' }, 'd').condition('c', 'a_b', 'search')).toEqual({
      sql: "(c.code ILIKE :f_search ESCAPE '\\' OR c.name ILIKE :f_search ESCAPE '\\')",
      params: { f_search: '%a\\_b%' },
    });
  });

  it('names the fields each filter reads, so a filter on a masked field is refused', () => {
    expect(searchFilter({ code: 'code', name: 'name' }, 'd').reads).toEqual(['code', 'name']);
    expect(equalsIgnoringCaseFilter('contactEmail', 'contact_email', 'd').reads).toEqual(['contactEmail']);
    expect(idsFilter('d').reads).toEqual(['id']);
  });
});
