/**
 * Cross-checks the content: every figure, source, glossary term and chart that a text names must exist,
 * and a translation must keep the source language's ids, dates, verdicts and references.
 */
import { unknownFigureMessage } from '../figures.ts';
import { tagsIn } from '../mdx-tags.ts';
import { figureIdsIn } from '../placeholders.ts';
import type { Problem } from '../problem.ts';
import { suggest } from '../suggest.ts';
import { sourceWordsProblems, type SourceFacts } from '../sources.ts';
import { codeFields } from '../schemas/common.ts';
import type { ContentEntry, LoadedContent } from '../schemas/content.ts';
import { chartIdsOf } from './charts.ts';
import { CHARTS_FILE } from '../schemas/registry.ts';
import { SITE_FILE } from '../schemas/registry.ts';

/** Fields of list entries that are not translated, but for the id: a translation keeps them as in the source language. */
const FIXED_FIELDS = codeFields.filter((field) => field !== 'id');

/** Where a problem is: the file, and the line or what in the file. */
type Where = Pick<Problem, 'file' | 'line' | 'at'>;

type Referencing = Pick<
  LoadedContent,
  'figures' | 'sources' | 'data' | 'settings' | 'pages' | 'lists' | 'sourceLocale'
>;

/** Lists the content's reference problems, each at its file and line. */
export function findReferenceProblems(content: Referencing): Problem[] {
  const check = referenceChecks(content);
  const renamed = renamedEntries(content.lists, content.sourceLocale);
  return [
    ...[...content.figures.values()].flatMap((figure) =>
      (figure.derive ? [] : figure.sources).flatMap((source) =>
        check.source(source, { file: 'content/data/figures.yaml', at: `figure "${figure.id}"` }),
      ),
    ),
    ...Object.entries(content.lists).flatMap(([name, entries]) => [
      ...entries.flatMap((entry) => [
        ...entryReferenceProblems(check, entry),
        ...keptFactProblems(content.sourceLocale, name, entries, entry, renamed),
      ]),
      ...untranslatedEntryProblems(content.sourceLocale, entries, renamed),
    ]),
    ...sourceTextProblems(content, renamed),
    ...timelineKindProblems(content),
    ...content.pages.flatMap((page) => pageTagProblems(content, check, renamed, page)),
  ];
}

/** The checks of one id against what the content has: each returns the problem of an unknown id. */
function referenceChecks(content: Pick<LoadedContent, 'figures' | 'sources'>) {
  const figureIds = [...content.figures.keys()];
  const sourceIds = [...content.sources.keys()];
  const unknown = (kind: string, id: string, known: readonly string[], where: Where, list: string): Problem[] => {
    const hint = suggest(id, known);
    return [
      {
        ...where,
        message: `unknown ${kind} id "${id}".${hint ? ` Did you mean "${hint}"?` : ''}`,
        fix: `use an id listed in ${list}.`,
      },
    ];
  };
  return {
    unknown,
    figure: (id: string, where: Where): Problem[] =>
      content.figures.has(id)
        ? []
        : [{ ...where, message: unknownFigureMessage(id, figureIds), fix: 'use one of those ids, spelled exactly.' }],
    source: (id: string, where: Where): Problem[] =>
      content.sources.has(id)
        ? []
        : unknown('source', id, sourceIds, where, 'content/data/figures.yaml under "sources"'),
  };
}

type ReferenceChecks = ReturnType<typeof referenceChecks>;

/** The figures and sources a list entry names, in its fields and in `{fig:…}` in its texts. */
function entryReferenceProblems(check: ReferenceChecks, entry: ContentEntry): Problem[] {
  const where = { file: entry.filePath, line: entry.line };
  const data = entry.data;
  return [
    ...(typeof data['figure'] === 'string' ? check.figure(data['figure'], where) : []),
    ...asIds(data['figures']).flatMap((id) => check.figure(id, where)),
    ...asIds(data['sources']).flatMap((id) => check.source(id, where)),
    ...Object.values(data).flatMap((value) =>
      typeof value === 'string' ? figureIdsIn(value).flatMap((id) => check.figure(id, where)) : [],
    ),
  ];
}

/** A translation's entry keeps the source language's id and facts (the fields that are not translated). */
function keptFactProblems(
  sourceLocale: string,
  name: string,
  entries: readonly ContentEntry[],
  entry: ContentEntry,
  renamed: ReadonlyMap<ContentEntry, ContentEntry>,
): Problem[] {
  const where = { file: entry.filePath, line: entry.line };
  const data = entry.data;
  const locale = String(data['locale']);
  if (locale === sourceLocale) return [];
  const plainId = entry.id.slice(locale.length + 1);
  const original = entries.find((e) => e.id === `${sourceLocale}/${plainId}`);
  const inItsPlace = renamed.get(entry);
  if (inItsPlace) {
    const id = inItsPlace.id.slice(sourceLocale.length + 1);
    return [
      {
        ...where,
        message: `the id "${plainId}" is translated, but ids are codes, not text: they stay as in ${inItsPlace.filePath}, which has "${id}" in this place (line ${inItsPlace.line}).`,
        fix: `write "id: ${id}" back; translate only the texts in quotes.`,
      },
    ];
  }
  if (!original) {
    return [
      {
        ...where,
        message: `"${plainId}" does not exist in content/${sourceLocale}/.`,
        fix: `use the same ids as the ${sourceLocale} file (${name}).`,
      },
    ];
  }
  return FIXED_FIELDS.flatMap((field): Problem[] => {
    const mine = JSON.stringify(data[field]);
    const theirs = JSON.stringify(original.data[field]);
    return mine === theirs
      ? []
      : [
          {
            ...where,
            message: `"${field}" is ${mine ?? 'missing'} but ${theirs ?? 'missing'} in ${original.filePath}.`,
            fix: `"${field}" is not translated; copy it from there.`,
          },
        ];
  });
}

/** Every source entry is translated, in each language that has the file at all. */
function untranslatedEntryProblems(
  sourceLocale: string,
  entries: readonly ContentEntry[],
  renamed: ReadonlyMap<ContentEntry, ContentEntry>,
): Problem[] {
  const renamedIds = new Set(
    [...renamed].map(([entry, original]) => `${entry.data['locale']}/${original.id.slice(sourceLocale.length + 1)}`),
  );
  const byLocale = Map.groupBy(entries, (e) => String(e.data['locale']));
  return [...byLocale].flatMap(([locale, own]) =>
    locale === sourceLocale
      ? []
      : (byLocale.get(sourceLocale) ?? []).flatMap((original): Problem[] => {
          const plainId = original.id.slice(sourceLocale.length + 1);
          if (own.some((e) => e.id === `${locale}/${plainId}`) || renamedIds.has(`${locale}/${plainId}`)) return [];
          return [
            {
              file: `${own[0]?.filePath}`,
              message: `"${plainId}" is missing.`,
              fix: `translate it from ${original.filePath}.`,
            },
          ];
        }),
  );
}

/** The ids of a page's <Fig>, <Term> and <Chart> tags: each names a figure, a glossary term, a chart. */
function pageTagProblems(
  content: Pick<LoadedContent, 'data' | 'lists' | 'sourceLocale'>,
  check: ReferenceChecks,
  renamed: ReadonlyMap<ContentEntry, ContentEntry>,
  page: ContentEntry,
): Problem[] {
  const { sourceLocale } = content;
  const chartIds = chartIdsOf(content);
  const glossary = content.lists['glossary'] ?? [];
  const locale = page.id.split('/')[0] ?? '';
  const termIds = glossary
    .filter((e) => e.data['locale'] === locale)
    .map((e) => (renamed.get(e) ?? e).id.replace(/^[^/]*\//, ''));
  const terms =
    termIds.length > 0
      ? termIds
      : glossary.filter((e) => e.data['locale'] === sourceLocale).map((e) => e.id.slice(sourceLocale.length + 1));
  return tagsIn(page.body ?? '').flatMap((tag): Problem[] => {
    const where = { file: page.filePath, line: tag.line };
    if (!tag.id) return [{ ...where, message: `<${tag.name}> has no id.`, fix: `write it as <${tag.name} id="…" />.` }];
    if (tag.name === 'Fig') return check.figure(tag.id, where);
    if (tag.name === 'Term' && !terms.includes(tag.id))
      return check.unknown('glossary term', tag.id, terms, where, `content/${locale}/glossary.yaml`);
    if (tag.name === 'Chart' && !chartIds.includes(tag.id))
      return check.unknown('chart', tag.id, chartIds, where, `${CHARTS_FILE}: ${chartIds.join(', ')}`);
    return [];
  });
}

function asIds(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

/** The entries whose id a translation translated, each with the source's entry in its place. */
function renamedEntries(
  lists: Readonly<Record<string, readonly ContentEntry[]>>,
  sourceLocale: string,
): Map<ContentEntry, ContentEntry> {
  const renamed = new Map<ContentEntry, ContentEntry>();
  for (const entries of Object.values(lists)) {
    const byLocale = Map.groupBy(entries, (e) => String(e.data['locale']));
    const plain = (e: ContentEntry) => e.id.slice(String(e.data['locale']).length + 1);
    const sources = byLocale.get(sourceLocale) ?? [];
    for (const [locale, own] of byLocale) {
      if (locale === sourceLocale) continue;
      const ids = new Set(own.map(plain));
      for (const entry of own) {
        const original = sources.find((s) => s.data['order'] === entry.data['order']);
        if (original && !sources.some((s) => plain(s) === plain(entry)) && !ids.has(plain(original)))
          renamed.set(entry, original);
      }
    }
  }
  return renamed;
}

/** Each language's words for the sources, against the sources of the data file. */
function sourceTextProblems(
  content: Pick<LoadedContent, 'sources' | 'lists' | 'sourceLocale'>,
  renamed: ReadonlyMap<ContentEntry, ContentEntry>,
): Problem[] {
  const { sourceLocale } = content;
  const problems: Problem[] = [];
  const lineOf = (entry: ContentEntry): Where => ({ file: entry.filePath, line: entry.line });
  const sourceWords = Map.groupBy(content.lists['sourceTexts'] ?? [], (e) => String(e.data['locale']));
  for (const [locale, entries] of sourceWords) {
    const words = entries
      .filter((e) => !renamed.has(e))
      .map((e) => ({
        ...(e.data as { title?: string }),
        id: e.id.slice(locale.length + 1),
        where: lineOf(e),
      }));
    const file = entries[0]?.filePath ?? `content/${locale}/sources.yaml`;
    problems.push(
      ...sourceWordsProblems(content.sources as ReadonlyMap<string, SourceFacts>, words, file, locale === sourceLocale),
    );
  }

  return problems;
}

/** Each event of the timeline is of a kind the site's settings list. */
function timelineKindProblems(content: Pick<LoadedContent, 'settings' | 'lists'>): Problem[] {
  const problems: Problem[] = [];
  const kinds = content.settings?.timeline.kinds;
  for (const entry of kinds ? (content.lists['timeline'] ?? []) : []) {
    const kind = entry.data['kind'];
    if (typeof kind !== 'string' || !kinds || kinds.includes(kind)) continue;
    const hint = suggest(kind, kinds);
    problems.push({
      file: entry.filePath,
      line: entry.lineOf?.(['kind']) ?? entry.line,
      message: `"${kind}" is not a kind of event.${hint ? ` Did you mean "${hint}"?` : ''}`,
      fix: `use one of ${kinds.join(', ')}, or add it to "timeline: kinds:" in ${SITE_FILE}.`,
    });
  }

  return problems;
}
