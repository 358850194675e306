// The charts' reference renderings: each chart's light images, wide and narrow, in every language that
// has its own chart texts, copied from a build into e2e/chart-references/<locale>/ one element a line,
// so that a change to a chart is a readable diff in review. `e2e/build/chart-references.test.ts`
// compares every build with them. A language with no reference folder yet (a translation whose chart
// words have just landed) is named, not failed: its images are checked for overlaps like every other's
// (e2e/chart-images.spec.ts), and its references are added by whoever reviews the charts, with the command
// below. After a change to a chart that is meant:
//   npm run build && npm run charts:references        (rewrites the references; commit them with the change)
//   node scripts/chart-references.ts --check [dist]   (compares only, as the test does)
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export const referenceDir = 'e2e/chart-references';

/** An SVG one element a line: a moved bar or label is one changed line of a diff. */
export const lines = (svg: string) => `${svg.trim().replaceAll('><', '>\n<')}\n`;

/** The images that have references: `<locale>/<file>`, for each chart's page in the build. */
export function referenced(dist: string): string[] {
  return readdirSync(dist, { withFileTypes: true })
    .filter((dir) => dir.isDirectory() && existsSync(join(dist, dir.name, 'charts')))
    .flatMap(({ name: locale }) =>
      readdirSync(join(dist, locale, 'charts')).flatMap((id) =>
        readdirSync(join(dist, locale, 'charts', id))
          .filter((file) => /-light\.svg$/.test(file))
          .map((file) => `${locale}/charts/${id}/${file}`),
      ),
    )
    .sort();
}

const referenceOf = (image: string) => {
  const [locale = '', , , file = ''] = image.split('/');
  return join(referenceDir, locale, file);
};

const localeOf = (image: string) => image.split('/')[0] ?? '';

/** The languages whose chart images have no reference folder yet. */
export function unreferencedLocales(dist: string): string[] {
  return [...new Set(referenced(dist).map(localeOf))].filter((locale) => !existsSync(join(referenceDir, locale)));
}

/** What differs between a build's chart images and the references: one sentence each. */
export function differences(dist: string): string[] {
  const unreferenced = new Set(unreferencedLocales(dist));
  const images = referenced(dist).filter((image) => !unreferenced.has(localeOf(image)));
  const found: string[] = [];
  if (images.length === 0) found.push(`${dist}/ has no chart images: build the site first (npm run build).`);
  const expected = new Set(images.map(referenceOf));
  for (const image of images) {
    const reference = referenceOf(image);
    if (!existsSync(reference)) {
      found.push(`${reference} is missing: a new chart or language.`);
      continue;
    }
    const want = readFileSync(reference, 'utf8').split('\n');
    const got = lines(readFileSync(join(dist, image), 'utf8')).split('\n');
    const at = want.findIndex((line, i) => line !== got[i]);
    if (at >= 0 || want.length !== got.length) {
      const n = at >= 0 ? at : Math.min(want.length, got.length);
      found.push(
        `${dist}/${image} differs from ${reference} from line ${n + 1}:\n  - ${want[n] ?? '(end)'}\n  + ${got[n] ?? '(end)'}`,
      );
    }
  }
  if (existsSync(referenceDir))
    for (const locale of readdirSync(referenceDir))
      for (const file of readdirSync(join(referenceDir, locale)))
        if (!expected.has(join(referenceDir, locale, file)))
          found.push(`${join(referenceDir, locale, file)} is a reference for an image the build no longer has.`);
  return found;
}

/** Rewrites the references from a build. */
export function update(dist: string): number {
  rmSync(referenceDir, { recursive: true, force: true });
  const images = referenced(dist);
  for (const image of images) {
    const reference = referenceOf(image);
    mkdirSync(join(reference, '..'), { recursive: true });
    writeFileSync(reference, lines(readFileSync(join(dist, image), 'utf8')));
  }
  return images.length;
}

if (import.meta.main) {
  const check = process.argv.includes('--check');
  const dist = process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 'dist';
  if (!existsSync(dist)) {
    console.error(`${dist}/ does not exist. Build the site first: npm run build`);
    process.exit(1);
  }
  if (check) {
    const found = differences(dist);
    for (const line of found) console.error(`✗ ${line}`);
    if (found.length) {
      console.error(
        'Fix: if the change is meant, run `npm run charts:references` and commit the references; `git diff e2e/chart-references` shows what moved.',
      );
      process.exit(1);
    }
    for (const locale of unreferencedLocales(dist))
      console.log(`! ${dist}/${locale}/charts/ has no references yet: npm run charts:references adds them.`);
    console.log(`The chart images of ${dist}/ match ${referenceDir}/.`);
  } else {
    console.log(`Wrote ${update(dist)} references to ${referenceDir}/ from ${dist}/: review them with git diff.`);
  }
}
