/** The lesson route: `#/lesson/<id>` and `#/lesson/<id>/<step>`, and back to the same hash. */
import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from '../../../src/app/route';

describe('the lesson route', () => {
  it('parses a lesson and a step, and writes them back', () => {
    expect(parseRoute('#/lesson/stake-at-risk')).toEqual({ name: 'lesson', id: 'stake-at-risk', step: null });
    const r = parseRoute('#/lesson/solo-staking/sign-twice');
    expect(r).toEqual({ name: 'lesson', id: 'solo-staking', step: 'sign-twice' });
    expect(routeHref(r)).toBe('#/lesson/solo-staking/sign-twice');
  });
  it('an id that cannot be a lesson id is not found', () => {
    expect(parseRoute('#/lesson/')).toEqual({ name: 'notFound', path: '/lesson/' });
    expect(parseRoute('#/lesson/Bad Id')).toEqual({ name: 'notFound', path: '/lesson/Bad Id' });
  });
});
