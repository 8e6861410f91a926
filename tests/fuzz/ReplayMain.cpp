// Without libFuzzer (GCC builds): runs the target over its seed corpus, then over byte-level
// mutations of each seed, so the fuzz tests still exercise the code in every build.
#include <QDir>
#include <QFile>
#include <QRandomGenerator>

#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size);

int main(int argc, char* argv[])
{
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s CORPUS_DIR [MUTATIONS_PER_SEED]\n", argv[0]);
        return 2;
    }
    const int mutations = argc > 2 ? std::atoi(argv[2]) : 2000;
    QRandomGenerator random(1);
    const QDir corpus(QString::fromLocal8Bit(argv[1]));
    int inputs = 0;
    for (const QString& name : corpus.entryList(QDir::Files)) {
        QFile file(corpus.filePath(name));
        if (!file.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray seed = file.readAll();
        LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(seed.constData()), size_t(seed.size()));
        ++inputs;
        for (int i = 0; i < mutations; ++i) {
            QByteArray mutated = seed;
            const int edits = 1 + int(random.bounded(4));
            for (int e = 0; e < edits; ++e) {
                const qsizetype at = mutated.isEmpty() ? 0 : qsizetype(random.bounded(int(mutated.size())));
                switch (random.bounded(3)) {
                case 0:
                    if (!mutated.isEmpty()) {
                        mutated[at] = char(random.bounded(256));
                    }
                    break;
                case 1:
                    mutated.insert(at, char(random.bounded(32, 127)));
                    break;
                default:
                    mutated.remove(at, 1 + qsizetype(random.bounded(3)));
                    break;
                }
            }
            LLVMFuzzerTestOneInput(reinterpret_cast<const uint8_t*>(mutated.constData()), size_t(mutated.size()));
            ++inputs;
        }
    }
    std::printf("%d inputs, no crash\n", inputs);
    return inputs > 0 ? 0 : 1;
}
