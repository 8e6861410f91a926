#pragma once

#include <QString>

namespace callbridge {

// The outcome of an operation that returns nothing on success: ok, or a message for the user.
class Status
{
public:
    static Status success() { return Status(); }
    static Status failure(const QString& message) { return Status(message); }

    bool ok() const { return !m_failed; }
    QString errorMessage() const { return m_message; }

private:
    Status() = default;
    explicit Status(const QString& message)
        : m_failed(true)
        , m_message(message)
    { }

    bool m_failed = false;
    QString m_message;
};

} // namespace callbridge
