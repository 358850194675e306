/** Each chart's SVGs, drawn at build time: `<id>-light.svg`, `-dark.svg`, `-narrow-light.svg`, `-narrow-dark.svg`. */
import { imagePaths, imageRoute } from '../../../../explainer/astro/image-route.ts';

export const getStaticPaths = imagePaths('svg');
export const GET = imageRoute;
