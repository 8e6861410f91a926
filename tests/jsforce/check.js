// Runs the jsforce client (pinned in package.json) against orgsim: if a widely used
// Salesforce client works against it unchanged, orgsim speaks Salesforce's protocol.
'use strict';
const assert = require('node:assert/strict');
const jsforce = require('jsforce');

const base = process.env.ORGSIM_BASE_URL; // the login host
const instance = process.env.ORGSIM_INSTANCE_URL; // the org's My Domain
const clientId = process.env.ORGSIM_CLIENT_ID;
const clientSecret = process.env.ORGSIM_CLIENT_SECRET;
const results = [];

async function check(name, body) {
  try {
    await body();
    results.push([name, true]);
    console.log(`PASS ${name}`);
  } catch (error) {
    results.push([name, false]);
    console.log(`FAIL ${name}: ${error && error.stack ? error.stack : error}`);
  }
}

(async () => {
  // The client credentials flow works on the org's My Domain only, as on Salesforce.
  const conn = new jsforce.Connection({ oauth2: { loginUrl: instance, clientId, clientSecret }, version: '60.0' });

  await check('client credentials refused on the login host', async () => {
    const onLogin = new jsforce.Connection({ oauth2: { loginUrl: base, clientId, clientSecret }, version: '60.0' });
    await assert.rejects(onLogin.authorize({ grant_type: 'client_credentials' }), /request not supported on this domain/);
  });

  await check('token (client credentials)', async () => {
    const info = await conn.authorize({ grant_type: 'client_credentials' });
    assert.match(info.organizationId, /^00D/);
    assert.match(info.id, /^005/);
    assert.equal(conn.instanceUrl, instance);
    assert.notEqual(instance, base);
  });

  await check('describeGlobal', async () => {
    const global = await conn.describeGlobal();
    const names = global.sobjects.map((s) => s.name);
    for (const name of ['Account', 'Contact', 'Lead', 'Opportunity', 'User', 'Task', 'Event']) {
      assert.ok(names.includes(name), name);
    }
  });

  await check('describe Account', async () => {
    const account = await conn.sobject('Account').describe();
    const address = account.fields.find((f) => f.name === 'BillingAddress');
    assert.equal(address.type, 'address');
    assert.equal(account.fields.find((f) => f.name === 'BillingCity').compoundFieldName, 'BillingAddress');
  });

  await check('query with autoFetch across pages', async () => {
    const soql = 'SELECT Id, Name, Account.Name FROM Contact';
    const headers = { 'Sforce-Query-Options': 'batchSize=200' };
    const first = await conn.query(soql, { headers });
    assert.equal(first.done, false, 'expected more than one page');
    const records = [];
    await new Promise((resolve, reject) => {
      conn.query(soql, { headers }).on('record', (r) => records.push(r)).on('end', resolve).on('error', reject)
        .run({ autoFetch: true, maxFetch: 100000 });
    });
    assert.equal(records.length, first.totalSize);
    assert.equal(new Set(records.map((r) => r.Id)).size, first.totalSize);
  });

  await check('composite', async () => {
    const response = await conn.request({
      method: 'POST',
      url: '/services/data/v60.0/composite',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        allOrNone: true,
        compositeRequest: [
          { method: 'GET', url: '/services/data/v60.0/query?q=SELECT+Id+FROM+Contact+LIMIT+1', referenceId: 'c' },
          { method: 'POST', url: '/services/data/v60.0/sobjects/Task', referenceId: 't',
            body: { Subject: 'jsforce check', WhoId: '@{c.records[0].Id}' } },
        ],
      }),
    });
    assert.equal(response.compositeResponse[1].httpStatusCode, 201);
    assert.match(response.compositeResponse[1].body.id, /^00T/);
  });

  await check('Bulk API 2.0 query', async () => {
    const expected = (await conn.query('SELECT COUNT() FROM Contact')).totalSize;
    const records = await conn.bulk2.query('SELECT Id, Email, Account.Name FROM Contact');
    const rows = [];
    for await (const row of records) {
      rows.push(row);
    }
    assert.equal(rows.length, expected);
    assert.match(rows[0].Id, /^003/);
  });

  await check('limits', async () => {
    const limits = await conn.limits();
    assert.ok(limits.DailyApiRequests.Max > 0);
    assert.ok(limits.DailyApiRequests.Remaining < limits.DailyApiRequests.Max);
  });

  const passed = results.filter(([, ok]) => ok).length;
  const failed = results.length - passed;
  console.log(`jsforce: ${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
})();
