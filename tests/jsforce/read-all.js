// The plain alternative bench_import measures Callbridge against: jsforce (pinned in
// package.json) reading every row of one SOQL query from orgsim, without storing it.
//   node read-all.js bulk|rest
// Environment: ORGSIM_INSTANCE_URL, ORGSIM_CLIENT_ID, ORGSIM_CLIENT_SECRET, BENCH_SOQL and, for
// bulk, BENCH_MAX_RECORDS (the page size). Prints one JSON line: rows, pages, ms, peakRssMb.
//
// bulk: a Bulk API 2.0 query job read page by page with the Sforce-Locator, each page parsed by
// jsforce's own CSV parser. jsforce's bulk2.query() is not used: it pipes every page into one
// parser without waiting, which garbles results of more than one page (each page repeats the
// header), so the pages are requested here one after the other, as a careful script would.
// rest: conn.query() with autoFetch, records counted as they stream past.
'use strict';
const jsforce = require('jsforce');
const { QueryJobV2 } = require('jsforce/lib/api/bulk2');

const mode = process.argv[2];
const soql = process.env.BENCH_SOQL;
const maxRecords = Number(process.env.BENCH_MAX_RECORDS || 50000);

async function readBulk(conn) {
  const job = new QueryJobV2(conn, {
    bodyParams: { operation: 'query', query: soql },
    pollingOptions: { pollInterval: 200, pollTimeout: 3600 * 1000 },
  });
  await job.open();
  await job.poll(200, 3600 * 1000);
  let rows = 0;
  let pages = 0;
  let locator = '';
  do {
    const query = `maxRecords=${maxRecords}` + (locator ? `&locator=${locator}` : '');
    // createQueryRequest keeps the answer's Sforce-Locator in job.locator.
    const records = await job.createQueryRequest({
      method: 'GET',
      path: `/${job.id}/results?${query}`,
      headers: { Accept: 'text/csv' },
      responseType: 'text/csv',
    });
    rows += records.length;
    pages += 1;
    locator = job.locator;
  } while (locator && locator !== 'null');
  return { rows, pages };
}

function readRest(conn) {
  return new Promise((resolve, reject) => {
    let rows = 0;
    conn
      .query(soql)
      .on('record', () => {
        rows += 1;
      })
      .on('end', () => resolve({ rows, pages: Math.ceil(rows / 2000) }))
      .on('error', reject)
      .run({ autoFetch: true, maxFetch: 100000000 });
  });
}

(async () => {
  const conn = new jsforce.Connection({
    oauth2: {
      loginUrl: process.env.ORGSIM_INSTANCE_URL,
      clientId: process.env.ORGSIM_CLIENT_ID,
      clientSecret: process.env.ORGSIM_CLIENT_SECRET,
    },
    version: process.env.BENCH_API_VERSION || '62.0',
  });
  await conn.authorize({ grant_type: 'client_credentials' });
  const started = process.hrtime.bigint();
  const cpuBefore = process.cpuUsage();
  const read = mode === 'bulk' ? await readBulk(conn) : await readRest(conn);
  const ms = Number((process.hrtime.bigint() - started) / 1000000n);
  const cpu = process.cpuUsage(cpuBefore); // the read's, not node's start-up
  const usage = process.resourceUsage();
  console.log(
    JSON.stringify({
      mode,
      rows: read.rows,
      pages: read.pages,
      ms,
      cpuMs: Math.round((cpu.user + cpu.system) / 1000),
      peakRssMb: Math.round(usage.maxRSS / 1024),
    }),
  );
})().catch((error) => {
  console.error(error && error.stack ? error.stack : String(error));
  process.exit(1);
});
