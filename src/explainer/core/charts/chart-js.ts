/** Chart.js with only the parts the charts use, registered once for the build and the browser alike. */
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Title, Tooltip } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Title, Tooltip);

export { Chart };
