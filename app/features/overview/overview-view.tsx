import { RatesByDirectionChart } from './rates-by-direction-chart.tsx';
import { WhereThingsStandPanel } from './where-things-stand-panel.tsx';

/**
 * First view: where things stand on the as-of date (the headline), then every documented rate as one
 * chart with its table alternative. Each figure is one action from its quote.
 */
export function OverviewView() {
  return (
    <div className="view">
      <WhereThingsStandPanel />
      <RatesByDirectionChart />
    </div>
  );
}
