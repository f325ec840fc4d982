/**
 * Server-side ECharts: the same option builders the screen uses (shared/charts), drawn
 * to an SVG string for PDFs. Only the chart types and components we use are loaded.
 */
import * as echarts from 'echarts/core';
import { BarChart, LineChart, ScatterChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';

echarts.use([BarChart, LineChart, ScatterChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export function chartSvg(option: EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  try {
    chart.setOption({ ...option, animation: false });
    return forPdfKit(chart.renderToSVGString());
  } finally {
    chart.dispose();
  }
}

/**
 * ECharts outlines label text with a white halo drawn under the fill (`paint-order="stroke"`);
 * svg-to-pdfkit does not know paint-order and would paint the halo over the letters, so the
 * halo is dropped for print (the page behind the chart is white anyway).
 */
function forPdfKit(svg: string): string {
  return svg.replace(/ stroke="[^"]*" stroke-width="[^"]*" paint-order="stroke"/g, '');
}
