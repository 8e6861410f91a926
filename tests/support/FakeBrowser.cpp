#include "tests/support/FakeBrowser.h"

#include "tests/support/OrgSimFixture.h"
#include "tests/support/TestHttp.h"

#include <QDesktopServices>

namespace callbridge::test {

FakeBrowser::FakeBrowser()
{
    QDesktopServices::setUrlHandler(QStringLiteral("http"), this, "open");
}

FakeBrowser::~FakeBrowser()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
}

void FakeBrowser::open(const QUrl& url)
{
    ++opened;
    if (beforeLogin) {
        beforeLogin();
    }
    const QUrl redirect = org->authorizeInBrowser(url, username);
    answerPage = TestHttp(org->baseUrl()).get(redirect.toString()).body;
}

} // namespace callbridge::test
