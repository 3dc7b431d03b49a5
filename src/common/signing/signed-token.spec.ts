import { compactTime, compactUuid, fullUuid, SignedToken, timeFromCompact } from './signed-token.js';

describe('ondertekende link', () => {
  it('geeft de velden terug van een eigen token', () => {
    const signer = new SignedToken('geheim', 'doel');
    expect(signer.open(signer.sign(['a', 'b']), 2)).toEqual(['a', 'b']);
  });

  it('opent geen token voor een ander doel, met een ander aantal velden of met gewijzigde velden', () => {
    const token = new SignedToken('geheim', 'doel').sign(['a', 'b']);
    expect(new SignedToken('geheim', 'ander-doel').open(token, 2)).toBeUndefined();
    expect(new SignedToken('geheim', 'doel').open(token, 3)).toBeUndefined();
    expect(new SignedToken('geheim', 'doel').open(token.replace('a.b', 'a.c'), 2)).toBeUndefined();
  });

  it('schrijft een uuid en een moment kort en leest ze terug', () => {
    const uuid = '3f1c2b7e-8a4d-4c1e-9b2a-0d6e5f4a3b21';
    expect(compactUuid(uuid)).toHaveLength(22);
    expect(fullUuid(compactUuid(uuid))).toBe(uuid);
    const moment = new Date('2026-11-30T15:30:00Z');
    expect(timeFromCompact(compactTime(moment))).toEqual(moment);
  });
});
