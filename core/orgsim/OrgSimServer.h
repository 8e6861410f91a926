#pragma once

#include "core/orgsim/AccessControl.h"
#include "core/orgsim/OAuthService.h"
#include "core/orgsim/OrgSimOptions.h"
#include "core/orgsim/SessionStore.h"
#include "core/orgsim/rest/RestApi.h"

#include <QAbstractHttpServer>
#include <QRandomGenerator>

#include <memory>

class QTcpSocket;

namespace callbridge::orgsim {

// The simulated org's HTTP front: binds to 127.0.0.1 only, authenticates bearer tokens,
// counts API requests against the daily limit, stamps Sforce-Limit-Info, injects the
// configured faults and latency, and hands each request to the OAuth or REST handlers.
class OrgSimServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit OrgSimServer(const OrgSimOptions& options, QObject* parent = nullptr);
    ~OrgSimServer() override;

    // Builds the org's contents; returns an error message or an empty string.
    QString build();
    // Listens on two ports of 127.0.0.1, the login host and the instance host; returns an error
    // message or an empty string.
    QString listen();

    // The login URL (login.salesforce.com's part: authorize, token, revoke, identity URLs).
    QString baseUrl() const { return m_baseUrl; }
    // The instance URL (the org's My Domain: REST, and the OAuth endpoints as well).
    QString instanceUrl() const { return m_instanceUrl; }
    const OrgSimOptions& options() const { return m_options; }
    FaultOptions& faults() { return m_options.faults; }
    void setLatencyMs(int latencyMs) { m_options.latencyMs = latencyMs; }
    OrgData& org() { return *m_org; }
    ApiUsage& usage() { return m_usage; }
    SessionStore& sessions() { return m_sessions; }

    // Answers one request as if it came over HTTP (used by tests and by composite).
    HttpResponse respond(const HttpRequest& request);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    HttpResponse dataRequest(const HttpRequest& request);
    std::optional<HttpResponse> injectedFault(const HttpRequest& request);
    std::optional<HttpResponse> pathFault(const HttpRequest& request);
    void send(QTcpSocket* socket, const HttpResponse& response, bool dropMidBody);

    OrgSimOptions m_options;
    std::unique_ptr<OrgData> m_org;
    std::unique_ptr<AccessControl> m_access;
    SessionStore m_sessions;
    ApiUsage m_usage;
    std::unique_ptr<OAuthService> m_oauth;
    std::unique_ptr<RestApi> m_rest;
    QRandomGenerator m_random;
    QString m_baseUrl;
    QString m_instanceUrl;
    quint16 m_loginPort = 0;
    bool m_dropNext = false;
};

} // namespace callbridge::orgsim
