#include "core/exporting/CallExportRun.h"

#include "core/logging/LogCategories.h"
#include "core/salesforce/Soql.h"

#include <QJsonDocument>
#include <QUrl>

#include <algorithm>
#include <cmath>
#include <functional>
#include <memory>

namespace callbridge {

namespace {

// A failed graph's or composite's cause: the first error that is not PROCESSING_HALTED.
QString failureOf(const QJsonArray& responses)
{
    for (const QJsonValue& response : responses) {
        const QJsonObject object = response.toObject();
        if (object.value(QStringLiteral("httpStatusCode")).toInt() < 300) {
            continue;
        }
        for (const QJsonValue& error : object.value(QStringLiteral("body")).toArray()) {
            const QString code = error.toObject().value(QStringLiteral("errorCode")).toString();
            if (code != QLatin1String("PROCESSING_HALTED")) {
                return QStringLiteral("%1: %2 (%3)")
                    .arg(code, error.toObject().value(QStringLiteral("message")).toString(),
                        object.value(QStringLiteral("referenceId")).toString());
            }
        }
    }
    return QStringLiteral("PROCESSING_HALTED");
}

QString inList(const QStringList& values)
{
    QStringList literals;
    for (const QString& value : values) {
        literals.append(soqlStringLiteral(value));
    }
    return QLatin1Char('(') + literals.join(QLatin1Char(',')) + QLatin1Char(')');
}

} // namespace

CallExportRun::CallExportRun(RestClient* client, ExportLedger* ledger, QList<ExportItem> items, QObject* parent)
    : SalesforceJob(parent)
    , m_client(client)
    , m_ledger(ledger)
    , m_items(std::move(items))
{ }

void CallExportRun::start()
{
    Q_EMIT progress(0, total());
    readAllowance();
}

void CallExportRun::readAllowance()
{
    auto* allowance = new DailyApiAllowance(m_client, this);
    m_allowance = allowance;
    connect(allowance, &DailyApiAllowance::finished, this, [this, allowance] {
        allowance->deleteLater();
        if (isFinished()) {
            return;
        }
        ++m_requests; // reading `limits` is an API call too
        if (allowance->error().kind == SalesforceError::Kind::Cancelled) {
            finish(SalesforceError::cancelled());
            return;
        }
        if (allowance->known()) { // else no budget: the org did not say what it allows
            m_remainingAtStart = allowance->remaining();
            m_budget = qint64(std::floor(double(m_remainingAtStart) * m_budgetShare));
        }
        qCInfo(lcExport) << "export budget" << m_budget << "of" << m_remainingAtStart << "remaining requests";
        nextBatch();
    });
    allowance->start();
}

void CallExportRun::cancel()
{
    if (m_allowance) {
        m_allowance->cancel();
    }
    SalesforceJob::cancel();
}

bool CallExportRun::spend()
{
    if (m_budget >= 0 && m_requests + 1 > m_budget) {
        m_stoppedAtBudget = true;
        qCInfo(lcExport) << "export stopped at its budget of" << m_budget << "requests";
        finish(SalesforceError());
        return false;
    }
    ++m_requests;
    return true;
}

QString CallExportRun::budgetMessage() const
{
    return tr("Stopped to stay within the API budget: %L1 of the %L2 requests allowed (%3% of the %L4 remaining "
              "today). What is left is exported on the next run.")
        .arg(m_requests)
        .arg(m_budget)
        .arg(qRound(m_budgetShare * 100))
        .arg(m_remainingAtStart);
}

void CallExportRun::nextBatch()
{
    if (isFinished()) {
        return;
    }
    if (m_next >= m_items.size()) {
        qCInfo(lcExport) << "export run done:" << m_written << "written," << m_removed << "removed,"
                         << m_failures.size() << "failed," << m_requests << "API calls";
        finish(SalesforceError());
        return;
    }
    QList<int> batch;
    int records = 0;
    while (m_next < m_items.size() && batch.size() < ConversationGraphs::maxGraphsPerPayload
        && records < ConversationGraphs::maxNodesPerPayload) {
        records += m_items.at(m_next).plan.recordCount() + 1;
        batch.append(m_next++);
    }
    lookUp(batch);
}

// One composite of up to five queries: the calls' children, Conversations and activities. Calls
// the ledger does not know are looked up too: the org may hold them from a cache since cleared or
// another computer, and an upsert that lands on an existing record would update it with the
// create-only fields (Salesforce refuses: INVALID_FIELD_FOR_INSERT_UPDATE) and the master-detail
// field again.
void CallExportRun::lookUp(const QList<int>& batch)
{
    QStringList fullData;
    QHash<QString, QStringList> activities; // sobject -> call ids
    for (const int index : batch) {
        const ExportItem& item = m_items.at(index);
        if (item.deleted ? item.fullData : item.plan.conversation.has_value()) {
            fullData.append(item.callId);
        }
        const QString activity = item.deleted ? item.activitySobject
            : item.plan.activity              ? item.plan.activity->sobject
                                              : QString();
        if (!activity.isEmpty()) {
            activities[activity].append(item.callId);
        }
    }
    QStringList queries;
    if (!fullData.isEmpty()) {
        queries.append(QStringLiteral("SELECT Id, cb__Call_Id__c FROM cb__Conversation__c WHERE cb__Call_Id__c IN ")
            + inList(fullData));
        for (const QString& child : ConversationPlanner::childObjects()) {
            queries.append(QStringLiteral("SELECT Id, cb__Key__c FROM ") + child
                + QStringLiteral(" WHERE cb__Conversation__r.cb__Call_Id__c IN ") + inList(fullData));
        }
    }
    for (auto it = activities.constBegin(); it != activities.constEnd(); ++it) {
        queries.append(QStringLiteral("SELECT Id, cb__Call_Id__c FROM ") + it.key()
            + QStringLiteral(" WHERE cb__Call_Id__c IN ") + inList(it.value()));
    }
    if (queries.isEmpty()) {
        write(batch, {});
        return;
    }
    // Pages beyond the first come through nextRecordsUrl, one request each.
    auto existing = std::make_shared<QHash<QString, ExistingRecords>>();
    for (const int index : batch) {
        existing->insert(m_items.at(index).callId, {});
    }
    auto absorb = [existing](const QJsonArray& records) {
        for (const QJsonValue& value : records) {
            const QJsonObject record = value.toObject();
            const QString type = record.value(QStringLiteral("attributes"))[QStringLiteral("type")].toString();
            const QString id = record.value(QStringLiteral("Id")).toString();
            if (record.contains(ConversationPlanner::keyField)) {
                const QString key = record.value(ConversationPlanner::keyField).toString();
                for (auto it = existing->begin(); it != existing->end(); ++it) {
                    if (key.startsWith(it.key() + QLatin1Char(':'))) {
                        it->childIds.insert(key, id);
                    }
                }
            } else if (type == ConversationPlanner::conversationObject) {
                (*existing)[record.value(ConversationPlanner::callIdField).toString()].conversationId = id;
            } else {
                (*existing)[record.value(ConversationPlanner::callIdField).toString()].activityId = id;
            }
        }
    };
    auto pages = std::make_shared<QStringList>();
    auto follow = std::make_shared<std::function<void()>>();
    *follow = [this, batch, existing, absorb, pages, follow] {
        if (pages->isEmpty()) {
            write(batch, *existing);
            *follow = nullptr; // breaks the cycle
            return;
        }
        if (!spend()) {
            *follow = nullptr;
            return;
        }
        await(m_client->get(pages->takeFirst()), [absorb, pages, follow](RestReply* reply) {
            const QJsonObject page = reply->json().object();
            absorb(page.value(QStringLiteral("records")).toArray());
            if (!page.value(QStringLiteral("done")).toBool(true)) {
                pages->append(page.value(QStringLiteral("nextRecordsUrl")).toString());
            }
            (*follow)();
        });
    };
    QJsonArray subrequests;
    for (int i = 0; i < queries.size(); ++i) {
        subrequests.append(QJsonObject { { QStringLiteral("method"), QStringLiteral("GET") },
            { QStringLiteral("url"),
                QStringLiteral("/services/data/v%1/query?q=%2")
                    .arg(m_client->apiVersion(), QString::fromLatin1(QUrl::toPercentEncoding(queries.at(i)))) },
            { QStringLiteral("referenceId"), QStringLiteral("lookup%1").arg(i) } });
    }
    RestRequest request;
    request.method = "POST";
    request.path = QStringLiteral("composite");
    request.body = QJsonDocument(QJsonObject { { QStringLiteral("compositeRequest"), subrequests } })
                       .toJson(QJsonDocument::Compact);
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    request.idempotent = true; // queries only
    if (!spend()) {
        return;
    }
    await(m_client->send(request), [this, absorb, pages, follow](RestReply* reply) {
        for (const QJsonValue& value : reply->json().object().value(QStringLiteral("compositeResponse")).toArray()) {
            const QJsonObject response = value.toObject();
            if (response.value(QStringLiteral("httpStatusCode")).toInt() != 200) {
                finish(SalesforceError::malformed(
                    tr("Looking up what the org holds for these calls failed: %1").arg(failureOf({ response }))));
                return;
            }
            const QJsonObject page = response.value(QStringLiteral("body")).toObject();
            absorb(page.value(QStringLiteral("records")).toArray());
            if (!page.value(QStringLiteral("done")).toBool(true)) {
                pages->append(page.value(QStringLiteral("nextRecordsUrl")).toString());
            }
        }
        (*follow)();
    });
}

void CallExportRun::write(const QList<int>& batch, const QHash<QString, ExistingRecords>& existing)
{
    const QString path =
        m_transport == Transport::Graph ? QStringLiteral("composite/graph") : QStringLiteral("composite");
    GraphPayload payload;
    Request request;
    auto flush = [&] {
        if (!payload.isEmpty()) {
            request.body = payload.toJson();
            request.path = path;
            m_queue.append(request);
        }
        payload = GraphPayload();
        request = Request();
    };
    for (const int index : batch) {
        const ExportItem& item = m_items.at(index);
        const auto found = existing.constFind(item.callId);
        const QJsonArray nodes =
            ConversationGraphs::nodes(item, found == existing.constEnd() ? nullptr : &*found, m_client->apiVersion());
        if (nodes.isEmpty()) {
            settle(index, true, {});
            continue;
        }
        const QString graphId = QStringLiteral("call%1").arg(index);
        if (m_transport == Transport::CompositePerCall) {
            m_queue.append({ QJsonDocument(QJsonObject { { QStringLiteral("allOrNone"), true },
                                               { QStringLiteral("compositeRequest"), nodes } })
                                 .toJson(QJsonDocument::Compact),
                path, { { graphId, index } } });
            continue;
        }
        if (!payload.add(graphId, nodes)) {
            flush();
            if (!payload.add(graphId, nodes)) {
                settle(index, false,
                    tr("The call's %1 records are more than one composite graph can hold.").arg(nodes.size()));
                continue;
            }
        }
        request.items.insert(graphId, index);
    }
    flush();
    sendNext();
}

void CallExportRun::sendNext()
{
    if (isFinished()) {
        return;
    }
    if (m_queue.isEmpty()) {
        nextBatch();
        return;
    }
    if (!spend()) { // before anything is marked pending: the next run starts here
        return;
    }
    const Request next = m_queue.takeFirst();
    QStringList callIds;
    for (const int index : next.items) {
        callIds.append(m_items.at(index).callId);
    }
    const Status pending = m_ledger->markPending(callIds);
    if (!pending.ok()) {
        finish(SalesforceError::malformed(pending.errorMessage()));
        return;
    }
    m_inFlight = next.items;
    RestRequest request;
    request.method = "POST";
    request.path = next.path;
    request.body = next.body;
    request.headers.append(qMakePair(QByteArray("Content-Type"), QByteArray("application/json")));
    // Upserts by external ID and deletes by Id: sending the same request twice writes the same.
    request.idempotent = true;
    await(m_client->send(request), [this](RestReply* reply) {
        const QJsonObject answer = reply->json().object();
        if (m_transport == Transport::Graph) {
            handleGraphs(answer.value(QStringLiteral("graphs")).toArray());
        } else {
            const QJsonArray responses = answer.value(QStringLiteral("compositeResponse")).toArray();
            const int index = m_inFlight.cbegin().value();
            const bool ok = !responses.isEmpty() && failureOf(responses) == QLatin1String("PROCESSING_HALTED")
                && std::all_of(responses.begin(), responses.end(), [](const QJsonValue& response) {
                       return response[QStringLiteral("httpStatusCode")].toInt() < 300;
                   });
            settle(index, ok, ok ? QString() : failureOf(responses));
        }
        m_inFlight.clear();
        sendNext();
    });
}

void CallExportRun::handleGraphs(const QJsonArray& graphs)
{
    QSet<QString> answered;
    for (const QJsonValue& value : graphs) {
        const QJsonObject graph = value.toObject();
        const QString graphId = graph.value(QStringLiteral("graphId")).toString();
        if (!m_inFlight.contains(graphId) || answered.contains(graphId)) {
            continue;
        }
        answered.insert(graphId);
        const bool ok = graph.value(QStringLiteral("isSuccessful")).toBool();
        settle(m_inFlight.value(graphId), ok,
            ok ? QString()
               : failureOf(
                   graph.value(QStringLiteral("graphResponse"))[QStringLiteral("compositeResponse")].toArray()));
    }
    for (auto it = m_inFlight.cbegin(); it != m_inFlight.cend(); ++it) {
        if (!answered.contains(it.key())) {
            settle(it.value(), false, tr("Salesforce's answer did not mention this call."));
        }
    }
}

void CallExportRun::settle(int index, bool ok, const QString& message)
{
    const ExportItem& item = m_items.at(index);
    Status recorded = Status::success();
    if (ok && item.deleted) {
        recorded = m_ledger->forgetRun(item.callId);
        ++m_removed;
    } else if (ok) {
        recorded = m_ledger->markWritten(item.callId,
            { item.plan.fingerprint, false, item.plan.conversation.has_value(),
                item.plan.activity ? item.plan.activity->sobject : QString() });
        ++m_written;
    } else {
        recorded = m_ledger->markFailed(item.callId);
        m_failures.append({ item.callId, message });
        qCWarning(lcExport) << "export of call" << item.callId << "failed:" << message;
    }
    if (!recorded.ok()) {
        m_failures.append({ item.callId, recorded.errorMessage() });
    }
    ++m_done;
    Q_EMIT progress(m_done, total());
}

} // namespace callbridge
