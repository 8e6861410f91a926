#include "FakeBrowser.h"

#include "OrgSimFixture.h"
#include "TestHttp.h"

namespace callbridge::test {

void FakeBrowser::open(const QUrl& url)
{
    ++opened;
    if (beforeLogin) {
        beforeLogin();
    }
    const QUrl redirect = org->authorizeInBrowser(url, username);
    TestHttp(org->baseUrl()).get(redirect.toString());
}

} // namespace callbridge::test
