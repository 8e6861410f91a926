#include "core/cache/CachedRecord.h"

namespace callbridge {

CachedRecord::Columns::Columns(const QStringList& names)
    : m_names(names)
{
    m_index.reserve(names.size());
    for (int i = 0; i < names.size(); ++i) {
        m_index.insert(names.at(i), i);
    }
}

CachedRecord::CachedRecord(std::shared_ptr<const Columns> columns, QVariantList values)
    : m_columns(std::move(columns))
    , m_values(std::move(values))
{
    Q_ASSERT(m_columns && m_columns->names().size() == m_values.size());
}

CachedRecord CachedRecord::fromMap(const QVariantMap& values)
{
    return CachedRecord(std::make_shared<const Columns>(values.keys()), values.values());
}

const QVariant& CachedRecord::value(const QString& column) const
{
    return valueAt(m_columns ? m_columns->indexOf(column) : -1);
}

const QVariant& CachedRecord::valueAt(int index) const
{
    static const QVariant null;
    return index < 0 || index >= m_values.size() ? null : m_values.at(index);
}

} // namespace callbridge
