// The map as a bundle of its own (dist/map.js, see esbuild.js): the panel, its layout (d3-hierarchy) and
// the SVG exports. Required through loadMapFeature() when a map first opens, comes back or is exported.
export { MapPanel, mapWebviewOptions } from './mapPanel';
export { describeInvalid, mapPersistedStateSchema } from '../../protocol/mapProtocol';
export { mapSvgFile, progressCardFile } from '../../model/mapExport';
