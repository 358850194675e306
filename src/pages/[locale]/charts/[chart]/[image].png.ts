/** Each chart's PNG at 2×, 1200 × 630: the social card of its page, and a download. */
import { imagePaths, imageRoute } from '../../../../explainer/astro/image-route.ts';

export const getStaticPaths = imagePaths('png');
export const GET = imageRoute;
