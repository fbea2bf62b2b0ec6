// The map as a bundle of its own (dist/map.js, see esbuild.js): the panel, its layout (d3-hierarchy) and
// the SVG exports. Required through loadMapFeature() when a map first opens, comes back or is exported.
import { shareL10nBundle } from '../../platform/sharedL10n';
export { MapPanel, mapWebviewOptions } from './mapPanel';
export { describeInvalid, mapPersistedStateSchema } from '../../protocol/mapProtocol';
export { mapSvgFile, progressCardFile } from '../../model/mapExport';
// This lazy bundle has its own copy of @vscode/l10n: it gets the display language's bundle too.
shareL10nBundle();
