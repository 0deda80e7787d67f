// The document title of a route: a detail page is titled by its kind until its resource has
// loaded, so the name in the address is not shown to a person who may not read it.
import { describe, expect, it } from 'vitest';
import { titleOf } from '../../../web/src/route-title.ts';

describe('titleOf', () => {
  it.each([
    ['/', 'Overview'],
    ['/trainings', 'Trainings'],
    ['/trainings/team-a/secret-run', 'Training'],
    ['/predictions/team-a/p-1', 'Prediction'],
    ['/models', 'Models'],
    ['/models/team-a/secret-model', 'Model'],
    ['/clusters', 'Clusters'],
    ['/new/prediction', 'New prediction'],
    ['/nowhere', 'Not found'],
  ])('%s → %s', (path, title) => {
    expect(titleOf(path)).toBe(title);
  });
});
