/**
 * The ECharts drawing itself, loaded on demand (see Chart.tsx) so the app's first screen
 * does not carry the library. Only echarts/core, the bar and line charts, the components
 * the option builders use and the SVG renderer (the same renderer print uses) are bundled.
 */
import { useEffect, useRef } from 'react';
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';
import type { EChartsCoreOption } from 'echarts/core';
import './chart.css';

echarts.use([BarChart, LineChart, AriaComponent, GridComponent, LegendComponent, MarkLineComponent, TitleComponent, TooltipComponent, SVGRenderer]);

export interface EChartViewProps {
  option: EChartsCoreOption;
  height: number;
  label: string;
}

export default function EChartView({ option, height, label }: EChartViewProps) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<echarts.ECharts | null>(null);

  useEffect(() => {
    const el = host.current!;
    const c = echarts.init(el, null, { renderer: 'svg' });
    chart.current = c;
    const resize = new ResizeObserver(() => c.resize());
    resize.observe(el);
    return () => {
      resize.disconnect();
      c.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    chart.current?.setOption(option, true);
  }, [option]);

  return <div ref={host} className="chart-canvas" style={{ height }} role="img" aria-label={label} />;
}
