import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Feature, Point } from 'geojson';
import { featureDiff } from '../../src/map/feature-diff';
import { applyDiff } from '../support/apply-diff';

type PointFeature = Feature<Point, { id: string; role: string; name?: string }>;

const point = (id: string, role: string, lon = 10, name?: string): PointFeature => ({
  type: 'Feature',
  geometry: { type: 'Point', coordinates: [lon, 50] },
  properties: { id, role, ...(name !== undefined && { name }) },
});

describe('featureDiff', () => {
  it('is undefined when nothing changed, even for equal copies', () => {
    const features = [point('a', 'active'), point('b', 'paused')];
    expect(featureDiff(features, features)).toBeUndefined();
    expect(
      featureDiff(
        features,
        features.map((f) => point(f.properties.id, f.properties.role)),
      ),
    ).toBeUndefined();
    expect(featureDiff([], [])).toBeUndefined();
  });

  it('removes what left, adds what came', () => {
    const kept = point('a', 'active');
    const added = point('c', 'ended');
    expect(featureDiff([kept, point('b', 'paused')], [kept, added])).toEqual({ remove: ['b'], add: [added] });
  });

  it('sends only the changed properties and geometry of a feature that stays', () => {
    expect(featureDiff([point('a', 'active')], [point('a', 'paused')])).toEqual({
      update: [{ id: 'a', addOrUpdateProperties: [{ key: 'role', value: 'paused' }] }],
    });
    expect(featureDiff([point('a', 'active', 10)], [point('a', 'active', 11)])).toEqual({
      update: [{ id: 'a', newGeometry: { type: 'Point', coordinates: [11, 50] } }],
    });
    expect(featureDiff([point('a', 'active', 10, 'A')], [point('a', 'active', 10)])).toEqual({
      update: [{ id: 'a', removeProperties: ['name'] }],
    });
  });

  it('property: applying the diff to the old features gives the new ones', () => {
    const feature = fc
      .record({
        id: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f'),
        role: fc.constantFrom('home', 'active', 'paused'),
        lon: fc.integer({ min: -3, max: 3 }),
        name: fc.option(fc.constantFrom('A', 'B'), { nil: undefined }),
      })
      .map(({ id, role, lon, name }) => point(id, role, lon, name));
    const list = fc.uniqueArray(feature, { selector: (f) => f.properties.id, maxLength: 6 });
    fc.assert(
      fc.property(list, list, (previous, next) => {
        const diff = featureDiff(previous, next);
        const result = diff
          ? applyDiff({ type: 'FeatureCollection', features: previous }, diff).features
          : previous;
        const byId = (features: readonly Feature[]) =>
          [...features].sort((x, y) => String(x.properties?.id).localeCompare(String(y.properties?.id)));
        expect(byId(result)).toEqual(byId(next));
      }),
    );
  });
});
