// The checks in VS Code's Testing view: a TestController "Roadmap" with roadmap → section → topic items
// for the topics that have a check. Runs come from the Testing view, the topic panel and the tree (all
// through `runTopics`), output streams into the run, and the continuous run profile reruns a topic's
// check when a file in its practice folder is saved.
import * as vscode from 'vscode';
import { CHECKS_CONTROLLER_ID, CHECKS_CONTROLLER_LABEL } from '../contracts/checkSettings';
import type { TopicRef } from '../contracts/topicRef';
import type { RoadmapNode } from '../model/roadmap';
import type { RoadmapCatalog } from '../roadmaps/roadmapCatalog';
import type { CheckExecutor, CheckReport } from './checkExecution';
import type { CheckResolver } from './checkResolver';

export type ItemState = 'enqueued' | 'started' | 'passed' | 'failed' | 'errored' | 'skipped';

/** What the Testing view was last told about a topic, for the host tests. */
export interface ReportedState {
  readonly state: ItemState;
  readonly message?: string;
  readonly output: string;
  /** How many times the check started. */
  readonly runs: number;
}

/** Saves in a burst (save all) rerun each check once. */
const RERUN_DELAY_MS = 300;
const REBUILD_DELAY_MS = 200;

const keyOf = (ref: TopicRef): string => `${ref.roadmapId}/${ref.topicId}`;

export class CheckTestController implements vscode.Disposable {
  private readonly controller = vscode.tests.createTestController(CHECKS_CONTROLLER_ID, CHECKS_CONTROLLER_LABEL);
  private readonly refs = new WeakMap<vscode.TestItem, TopicRef>();
  private topicItems = new Map<string, vscode.TestItem>();
  private watchFolders = new Map<string, vscode.Uri>();
  private readonly reported = new Map<string, ReportedState>();
  private readonly disposables: vscode.Disposable[] = [];
  private rebuildTimer: ReturnType<typeof setTimeout> | undefined;
  private latestRebuild: Promise<void> = Promise.resolve();
  private readonly runProfile: vscode.TestRunProfile;
  /** Runs under way, ended with their processes when the extension stops. */
  private readonly activeRuns = new Set<AbortController>();

  constructor(
    private readonly catalog: RoadmapCatalog,
    private readonly resolver: CheckResolver,
    private readonly executor: CheckExecutor,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.runProfile = this.controller.createRunProfile(
      vscode.l10n.t('Run Check'),
      vscode.TestRunProfileKind.Run,
      (request, token) => this.handle(request, token),
      true,
      undefined,
      true,
    );
    this.controller.refreshHandler = () => this.rebuild();
    this.disposables.push(this.controller, this.runProfile);
  }

  /** Rebuilds the items soon (roadmaps, checks files or settings changed). */
  rebuildSoon(): void {
    clearTimeout(this.rebuildTimer);
    this.rebuildTimer = setTimeout(() => void this.rebuild(), REBUILD_DELAY_MS);
  }

  /** Lists the topics that have a check; resolves when the items are in place. */
  rebuild(): Promise<void> {
    clearTimeout(this.rebuildTimer);
    const rebuilt = this.latestRebuild
      .then(() => this.buildItems())
      .catch((failure) => this.log.error('Checks: listing the checks failed', failure));
    this.latestRebuild = rebuilt;
    return rebuilt;
  }

  /** Runs the topics' checks as one test run (Run Check in the panel and the tree). */
  async runTopics(refs: readonly TopicRef[]): Promise<void> {
    const items = refs.map((ref) => this.ensureItem(ref));
    const tokenSource = new vscode.CancellationTokenSource();
    try {
      await this.runItems(new vscode.TestRunRequest(items, undefined, this.runProfile), items, tokenSource.token);
    } finally {
      tokenSource.dispose();
    }
  }

  /** Starts a continuous run of the topics, as the Testing view's continuous run button does; dispose stops it. */
  startContinuousRun(refs: readonly TopicRef[]): vscode.Disposable {
    const items = refs.map((ref) => this.ensureItem(ref));
    const tokenSource = new vscode.CancellationTokenSource();
    void this.handle(new vscode.TestRunRequest(items, undefined, this.runProfile, true), tokenSource.token).finally(() =>
      tokenSource.dispose(),
    );
    return { dispose: () => tokenSource.cancel() };
  }

  reportedState(ref: TopicRef): ReportedState | undefined {
    return this.reported.get(keyOf(ref));
  }

  /** The items as the Testing view shows them: labels, nested. */
  itemTree(): { label: string; children: unknown[] }[] {
    const describe = (item: vscode.TestItem): { label: string; children: unknown[] } => {
      const children: unknown[] = [];
      item.children.forEach((child) => void children.push(describe(child)));
      return { label: item.label, children };
    };
    const roots: { label: string; children: unknown[] }[] = [];
    this.controller.items.forEach((item) => void roots.push(describe(item)));
    return roots;
  }

  dispose(): void {
    clearTimeout(this.rebuildTimer);
    this.activeRuns.forEach((run) => run.abort());
    this.disposables.forEach((disposable) => disposable.dispose());
  }

  private async buildItems(): Promise<void> {
    const candidates = await this.resolver.candidates();
    const roots: vscode.TestItem[] = [];
    const topicItems = new Map<string, vscode.TestItem>();
    const watchFolders = new Map<string, vscode.Uri>();
    for (const entry of this.catalog.loaded()) {
      const refs = candidates.filter((ref) => ref.roadmapId === entry.roadmap.id);
      if (refs.length === 0) continue;
      const roadmap = entry.roadmap;
      const root = this.controller.createTestItem(
        `roadmap:${roadmap.id}`,
        roadmap.title,
        entry.origin === 'workspace' ? entry.uri : undefined,
      );
      const sections = new Map<string, vscode.TestItem>();
      const sectionOf = (node: RoadmapNode | undefined): vscode.TestItem => {
        if (!node) return root;
        const existing = sections.get(node.id);
        if (existing) return existing;
        const parentGroup = nearestGroup(roadmap.nodesById, node.parentId);
        const section = this.controller.createTestItem(`section:${roadmap.id}/${node.id}`, node.title);
        sectionOf(parentGroup).children.add(section);
        sections.set(node.id, section);
        return section;
      };
      for (const ref of refs) {
        const topic = roadmap.nodesById.get(ref.topicId);
        if (!topic) continue;
        const resolution = await this.resolver.resolve(ref);
        if (resolution.kind === 'none') continue;
        const item = this.controller.createTestItem(`topic:${keyOf(ref)}`, topic.title);
        if (resolution.kind === 'check') {
          const { check } = resolution;
          item.description = check.command;
          item.sortText = String(roadmap.topics.indexOf(topic)).padStart(6, '0');
          watchFolders.set(keyOf(ref), check.watchFolder);
          item.error = undefined;
          this.log.trace(`Checks: ${keyOf(ref)} runs "${check.command}" from ${check.source}`);
        } else {
          item.error = resolution.message;
        }
        this.refs.set(item, ref);
        topicItems.set(keyOf(ref), item);
        sectionOf(nearestGroup(roadmap.nodesById, topic.parentId)).children.add(item);
      }
      roots.push(root);
    }
    this.controller.items.replace(roots);
    this.topicItems = topicItems;
    this.watchFolders = watchFolders;
  }

  /** An item for the topic, made on the spot when the list is not up to date yet (a check just set). */
  private ensureItem(ref: TopicRef): vscode.TestItem {
    const existing = this.topicItems.get(keyOf(ref));
    if (existing) return existing;
    const topic = this.catalog.get(ref.roadmapId)?.roadmap.nodesById.get(ref.topicId);
    const item = this.controller.createTestItem(`topic:${keyOf(ref)}`, topic?.title ?? ref.topicId);
    this.refs.set(item, ref);
    this.controller.items.add(item);
    this.topicItems.set(keyOf(ref), item);
    this.rebuildSoon();
    return item;
  }

  private handle(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    if (request.continuous) return this.watch(request, token);
    return this.runItems(request, this.topicItemsOf(request), token);
  }

  /** The topic items a request names (all for none), without the excluded ones. */
  private topicItemsOf(request: vscode.TestRunRequest): vscode.TestItem[] {
    const excluded = new Set(request.exclude ?? []);
    const found: vscode.TestItem[] = [];
    const visit = (item: vscode.TestItem): void => {
      if (excluded.has(item)) return;
      if (this.refs.has(item)) found.push(item);
      else item.children.forEach(visit);
    };
    if (request.include) request.include.forEach(visit);
    else this.controller.items.forEach(visit);
    return found;
  }

  private async runItems(
    request: vscode.TestRunRequest,
    items: readonly vscode.TestItem[],
    token: vscode.CancellationToken,
  ): Promise<void> {
    const run = this.controller.createTestRun(request, undefined, true);
    const abort = new AbortController();
    const cancel = (): void => abort.abort();
    const subscriptions = [token.onCancellationRequested(cancel), run.token.onCancellationRequested(cancel)];
    this.activeRuns.add(abort);
    try {
      for (const item of items) this.report(run, item, 'enqueued');
      // One at a time: checks share the machine with the learner's editor.
      for (const item of items) {
        const ref = this.refs.get(item);
        if (!ref) continue;
        if (abort.signal.aborted) {
          this.reportFor(run, item).skipped(vscode.l10n.t('Cancelled.'));
          continue;
        }
        await this.executor.run(ref, this.reportFor(run, item), abort.signal);
      }
    } finally {
      this.activeRuns.delete(abort);
      subscriptions.forEach((subscription) => subscription.dispose());
      run.end();
    }
  }

  /** A continuous run: each save below a watched topic's practice folder reruns that topic's check. */
  private watch(request: vscode.TestRunRequest, token: vscode.CancellationToken): Promise<void> {
    const timers = new Map<string, ReturnType<typeof setTimeout>>();
    const wanted = (): vscode.TestItem[] => this.topicItemsOf(request);
    const onSave = vscode.workspace.onDidSaveTextDocument((document) => {
      for (const item of wanted()) {
        const ref = this.refs.get(item);
        const folder = ref && this.watchFolders.get(keyOf(ref));
        if (!ref || !folder || !isInside(document.uri, folder)) continue;
        clearTimeout(timers.get(keyOf(ref)));
        timers.set(
          keyOf(ref),
          setTimeout(() => {
            timers.delete(keyOf(ref));
            if (token.isCancellationRequested) return;
            void this.runItems(new vscode.TestRunRequest([item], undefined, this.runProfile, true), [item], token).catch((failure) =>
              this.log.error(`Checks: the continuous run of ${keyOf(ref)} failed`, failure),
            );
          }, RERUN_DELAY_MS),
        );
      }
    });
    this.log.info("Checks: continuous run started; saving a practice file reruns its topic's check");
    return new Promise((resolve) => {
      const stop = token.onCancellationRequested(() => {
        onSave.dispose();
        stop.dispose();
        timers.forEach(clearTimeout);
        this.log.info('Checks: continuous run stopped');
        resolve();
      });
    });
  }

  private report(run: vscode.TestRun, item: vscode.TestItem, state: ItemState, message?: string): void {
    const ref = this.refs.get(item);
    if (!ref) return;
    const previous = this.reported.get(keyOf(ref));
    const output = state === 'enqueued' ? '' : (previous?.output ?? '');
    const runs = (previous?.runs ?? 0) + (state === 'started' ? 1 : 0);
    this.reported.set(keyOf(ref), { state, message, output, runs });
    if (state === 'enqueued') run.enqueued(item);
    else if (state === 'started') run.started(item);
  }

  private reportFor(run: vscode.TestRun, item: vscode.TestItem): CheckReport {
    const ref = this.refs.get(item);
    const appendReported = (text: string): void => {
      if (!ref) return;
      const previous = this.reported.get(keyOf(ref));
      // The tests read what streamed; keep a bounded copy.
      if (previous) this.reported.set(keyOf(ref), { ...previous, output: (previous.output + text).slice(-20_000) });
    };
    return {
      started: () => this.report(run, item, 'started'),
      output: (text) => {
        run.appendOutput(text, undefined, item);
        appendReported(text);
      },
      passed: (durationMs) => {
        this.report(run, item, 'passed');
        run.passed(item, durationMs);
      },
      failed: (message, durationMs) => {
        this.report(run, item, 'failed', message);
        run.failed(item, new vscode.TestMessage(message), durationMs);
      },
      errored: (message) => {
        this.report(run, item, 'errored', message);
        run.errored(item, new vscode.TestMessage(message));
      },
      skipped: (reason) => {
        this.report(run, item, 'skipped', reason);
        run.appendOutput(`${reason}\r\n`, undefined, item);
        run.skipped(item);
      },
    };
  }
}

function nearestGroup(nodesById: ReadonlyMap<string, RoadmapNode>, parentId: string | undefined): RoadmapNode | undefined {
  let id = parentId;
  while (id !== undefined) {
    const node = nodesById.get(id);
    if (!node) return undefined;
    if (node.kind === 'group') return node;
    id = node.parentId;
  }
  return undefined;
}

function isInside(uri: vscode.Uri, folder: vscode.Uri): boolean {
  if (uri.scheme !== folder.scheme || uri.authority !== folder.authority) return false;
  const base = folder.path.replace(/\/+$/, '');
  return uri.path.startsWith(`${base}/`);
}
