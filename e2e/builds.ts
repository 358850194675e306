/** The builds under test (`npm run build:test`): the output directory and the base path each is built for. */
export const BUILDS = [
  { name: 'root', dir: 'dist', base: '/' },
  { name: 'subpath', dir: 'dist-sub', base: '/zoom-explainer/' },
] as const;

export type Build = (typeof BUILDS)[number];
