#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringList>

#include <cstring>

class QJsonValue;
class QVariant;

namespace callbridge {

// Rows of text values as an API delivers them, in one buffer: the field names once, then each
// value's UTF-8 text end to end. Bulk API CSV is parsed straight into it and REST JSON
// converted to it, so a million rows cost a few allocations instead of a QString and a QVariant
// per value, and the cache binds each value from its bytes. A null value (an empty CSV field,
// a JSON null) is kept apart from an empty string. Implicitly shared: cheap to pass between
// threads by value.
class TextRows
{
public:
    TextRows() = default;
    explicit TextRows(const QStringList& fields)
        : m_fields(fields)
    { }

    const QStringList& fields() const { return m_fields; }
    int columnCount() const { return int(m_fields.size()); }
    qsizetype rowCount() const { return m_fields.isEmpty() ? 0 : m_ends.size() / m_fields.size(); }
    bool isEmpty() const { return m_ends.isEmpty(); }

    QByteArrayView value(qsizetype row, int column) const
    {
        const qsizetype index = row * m_fields.size() + column;
        const qsizetype begin = index == 0 ? 0 : m_ends.at(index - 1) & endMask;
        return QByteArrayView(m_text.constData() + begin, (m_ends.at(index) & endMask) - begin);
    }
    bool isNull(qsizetype row, int column) const { return m_ends.at(row * m_fields.size() + column) & nullFlag; }
    QString string(qsizetype row, int column) const { return QString::fromUtf8(value(row, column)); }

    // Appends one value; a row is complete after columnCount() values.
    void append(QByteArrayView text)
    {
        // Not QByteArray::append(): in Qt 6 that is an insert at the end, checking for aliasing
        // and handling a gap on every call; it took a tenth of a CLI import's CPU.
        if (!text.isEmpty()) {
            const qsizetype at = m_text.size();
            m_text.resize(at + text.size()); // grows geometrically
            std::memcpy(m_text.data() + at, text.data(), size_t(text.size()));
        }
        m_ends.append(m_text.size());
    }
    void appendNull() { m_ends.append(m_text.size() | nullFlag); }
    // A value in the text an API would carry it as: strings as they are, booleans as
    // true/false, numbers in full precision (12, 12.5), null as null.
    void append(const QJsonValue& value);
    void append(const QVariant& value);
    void reserve(qsizetype rows, qsizetype bytes)
    {
        m_ends.reserve(rows * m_fields.size());
        m_text.reserve(bytes);
    }
    qsizetype textBytes() const { return m_text.size(); }

private:
    static constexpr qint64 nullFlag = qint64(1) << 62;
    static constexpr qint64 endMask = nullFlag - 1;

    QStringList m_fields;
    QByteArray m_text;
    QList<qint64> m_ends; // where each value ends in m_text, with nullFlag for a null
};

} // namespace callbridge
