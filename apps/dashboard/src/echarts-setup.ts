import { BarChart, LineChart } from 'echarts/charts';
import { AriaComponent, DatasetComponent, GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import * as echarts from 'echarts/core';
import langDE from 'echarts/i18n/langDE-obj.js';
import langFR from 'echarts/i18n/langFR-obj.js';
import langNL from 'echarts/i18n/langNL-obj.js';
import { CanvasRenderer } from 'echarts/renderers';

// Only what the dashboard draws: the bundle stays small, and nothing is fetched at run time.
echarts.use([BarChart, LineChart, AriaComponent, DatasetComponent, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);
// ECharts' own words (the charts' spoken descriptions) in the page's language; English is built in.
echarts.registerLocale('FR', langFR);
echarts.registerLocale('NL', langNL);
echarts.registerLocale('DE', langDE);

export { echarts };
