/**
 * A made-up story for the engine's tests (`story/content/`): a German source with Swedish, Arabic and Japanese translations, three charts (one panel with
 * a marked bar, small multiples, a reference line), a derived figure and ranges. The tests load it with
 * the real loader, and `e2e/build/story.test.ts` builds it into a site.
 */
import { fileURLToPath } from 'node:url';

/** The folder that holds the story's `content/`, as a project root. */
export const storyRoot = fileURLToPath(new URL('./story/', import.meta.url));
