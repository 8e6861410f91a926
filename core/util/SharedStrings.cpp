#include "core/util/SharedStrings.h"

namespace callbridge {

void SharedStrings::share(QString& text)
{
    if (text.isEmpty()) {
        return;
    }
    const auto known = m_texts.constFind(text);
    if (known != m_texts.cend()) {
        text = *known;
    } else {
        m_texts.insert(text);
    }
}

void SharedStrings::share(QStringList& texts)
{
    if (texts.isEmpty()) {
        return;
    }
    const auto known = m_lists.constFind(texts);
    if (known != m_lists.cend()) {
        texts = *known;
        return;
    }
    for (QString& text : texts) {
        share(text);
    }
    m_lists.insert(texts);
}

} // namespace callbridge
