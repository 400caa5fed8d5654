import { cleanName, compareFirstNames, compareFullNames, splitName } from '../../../domain/normalise/name';
import { companyDomain, companyKey, domainLabel, isFreeMailDomain, sameCompany } from '../../../domain/normalise/company';

describe('names', () => {
  it('cleans and splits', () => {
    expect(cleanName('  dr. dana   whitfield ')).toBe('Dana Whitfield');
    expect(splitName('Mary Anne Smith')).toEqual({ firstName: 'Mary', lastName: 'Anne Smith' });
    expect(splitName('Cher')).toEqual({ firstName: 'Cher', lastName: null });
    expect(splitName('')).toEqual({ firstName: null, lastName: null });
  });

  it('compares case- and accent-insensitively, with nicknames', () => {
    expect(compareFirstNames('José', 'jose')).toBe('exact');
    expect(compareFirstNames('Bob', 'Robert')).toBe('nickname');
    expect(compareFirstNames('Ben', 'Benjamin')).toBe('nickname');
    expect(compareFirstNames('Ben', 'Sam')).toBe('none');
    expect(compareFullNames({ firstName: 'pat', lastName: 'MORGAN' }, { firstName: 'Pat', lastName: 'Morgan' })).toBe('exact');
    expect(compareFullNames({ firstName: 'Pat', lastName: null }, { firstName: 'Pat', lastName: 'Morgan' })).toBe('none');
  });
});

describe('companies', () => {
  it('never counts free-mail domains', () => {
    expect(companyDomain('hana.kim@gmail.com')).toBeNull();
    expect(companyDomain('ben.carter@outlook.com')).toBeNull();
    expect(companyDomain('pat@Lumen.io')).toBe('lumen.io');
    expect(isFreeMailDomain('corp.example', ['corp.example'])).toBe(true);
  });

  it('compares company names without suffixes and punctuation', () => {
    expect(companyKey('Kim & Co.')).toBe('kim');
    expect(sameCompany('Lumen Inc', 'lumen')).toBe(true);
    expect(sameCompany('Quarry', 'Lumen')).toBe(false);
    expect(domainLabel('okafor-design.com')).toBe('okafordesign');
    expect(domainLabel('northwind.co.uk')).toBe('northwind');
  });
});
