#include "core/salesforce/SalesforceJob.h"

namespace callbridge {

void SalesforceJob::cancel()
{
    if (m_current) {
        m_current->cancel();
    }
    finish(SalesforceError::cancelled());
}

void SalesforceJob::finish(const SalesforceError& error)
{
    if (m_finished) {
        return;
    }
    m_finished = true;
    m_error = error;
    Q_EMIT finished();
}

void SalesforceJob::await(RestReply* reply, std::function<void(RestReply*)> handle)
{
    m_current = reply;
    connect(reply, &RestReply::finished, this, [this, reply, handle = std::move(handle)] {
        if (m_finished) {
            return;
        }
        if (!reply->ok()) {
            finish(reply->error());
            return;
        }
        handle(reply);
    });
}

} // namespace callbridge
