// The bundle-size floor: the smallest app that imports our fixed libraries and draws one line chart.
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { createRoot } from 'react-dom/client';
import { Line, LineChart, XAxis, YAxis } from 'recharts';
import { create } from 'zustand';

const useStore = create<{ n: number }>()(() => ({ n: 1 }));
const client = new QueryClient();

function Chart() {
  const n = useStore((s) => s.n);
  return (
    <LineChart
      width={400}
      height={200}
      data={[
        { x: 0, y: n },
        { x: 1, y: 2 },
      ]}
    >
      <XAxis dataKey="x" />
      <YAxis />
      <Line dataKey="y" />
    </LineChart>
  );
}

createRoot(document.getElementById('root')!).render(
  <QueryClientProvider client={client}>
    <Chart />
  </QueryClientProvider>,
);
