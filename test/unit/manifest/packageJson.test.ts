// The manifest and the code must agree: every command the code registers is contributed with the
// "Roadmap" category, and every id the manifest names starts with roadmapTracker.
import { strict as assert } from 'node:assert';
import { readLocalizedManifest } from './localizedManifest';
import { CommandId, ROADMAPS_VIEW_ID, VIEW_CONTAINER_ID } from '../../../src/contracts/commandIds';

interface Manifest {
  engines: { vscode: string };
  devDependencies: Record<string, string>;
  activationEvents?: string[];
  contributes: {
    commands: { command: string; title: string; category?: string }[];
    views: Record<string, { id: string }[]>;
    viewsContainers: { activitybar: { id: string; icon: string }[] };
    menus: Record<string, { command: string; when?: string }[]>;
    keybindings: { command: string; key: string; when?: string }[];
    configuration: { properties: Record<string, unknown> };
  };
}

const manifest = readLocalizedManifest() as Manifest;

/** Every contextValue the Roadmaps view's rows carry (src/views/tree): what menu `when` clauses must match. */
const ROW_CONTEXT_VALUES = [
  'roadmap.followed',
  'roadmap.notFollowed',
  'group',
  ...['todo', 'inProgress', 'done', 'skipped'].flatMap((status) => [`topic.${status}`, `topic.${status}.hasChildren`, `orphan.${status}`]),
  'brokenRoadmap',
  'problem',
  'orphanGroup',
  'vanishedRoadmap',
];

describe('package.json', () => {
  it('menus of the Roadmaps view name row kinds its rows have', () => {
    for (const [menu, entries] of Object.entries(manifest.contributes.menus)) {
      for (const { command, when } of entries) {
        const equal = /viewItem == ([\w.]+)/.exec(when ?? '');
        if (equal) assert.ok(ROW_CONTEXT_VALUES.includes(equal[1] ?? ''), `${menu} → ${command}: no row has contextValue ${equal[1]}`);
        const pattern = /viewItem =~ \/(.+?)\/(?=\s|$)/.exec(when ?? '');
        if (pattern) {
          const regex = new RegExp(pattern[1] ?? '');
          assert.ok(
            ROW_CONTEXT_VALUES.some((value) => regex.test(value)),
            `${menu} → ${command}: /${pattern[1]}/ matches no row`,
          );
        }
      }
    }
  });

  const contributed = manifest.contributes.commands.map((command) => command.command);

  it('contributes every command id the code registers, and no other', () => {
    assert.deepEqual([...contributed].sort(), Object.values(CommandId).sort());
  });

  it('gives every command the Roadmap category and a title', () => {
    for (const command of manifest.contributes.commands) {
      assert.equal(command.category, 'Roadmap', command.command);
      assert.ok(command.title.length > 0, command.command);
    }
  });

  it('prefixes every command, view and setting with roadmapTracker.', () => {
    const ids = [
      ...contributed,
      ...Object.values(manifest.contributes.views)
        .flat()
        .map((view) => view.id),
      ...Object.keys(manifest.contributes.configuration.properties),
    ];
    for (const id of ids) assert.match(id, /^roadmapTracker\./, id);
    assert.equal(manifest.contributes.viewsContainers.activitybar[0]!.id, VIEW_CONTAINER_ID);
    assert.ok(manifest.contributes.views[VIEW_CONTAINER_ID]!.some((view) => view.id === ROADMAPS_VIEW_ID));
  });

  it('menus and keys name only contributed commands, and keys only work in the Roadmaps view', () => {
    for (const entry of Object.values(manifest.contributes.menus).flat()) assert.ok(contributed.includes(entry.command), entry.command);
    for (const binding of manifest.contributes.keybindings) {
      assert.ok(contributed.includes(binding.command), binding.command);
      assert.match(binding.when ?? '', /focusedView == roadmapTracker\.roadmaps/);
      assert.match(binding.key, /\+/, 'a key with a modifier does not break type-to-find');
    }
  });

  it('targets VS Code 1.85 with matching typings and no catch-all activation', () => {
    assert.equal(manifest.engines.vscode, '^1.85.0');
    assert.equal(manifest.devDependencies['@types/vscode'], '1.85.0');
    assert.ok(!(manifest.activationEvents ?? []).includes('*'));
  });
});
