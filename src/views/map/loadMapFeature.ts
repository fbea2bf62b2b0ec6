// Requires the map's bundle (dist/map.js) at its first use, so activation does not load it.
import type * as MapFeature from './mapFeature';

let loaded: typeof MapFeature | undefined;

export function loadMapFeature(): typeof MapFeature {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a bundle of its own, loaded on first use
  loaded ??= require('./mapFeature') as typeof MapFeature;
  return loaded;
}
