#!/bin/sh
# Seeds the fuzz corpora (fuzz/corpus/<target>/, gitignored) with the real
# documents of corpus/ and a few snippets of the constructs they hold.
# Usage: fuzz/seed.sh   (from anywhere in the repository)
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
for target in parse render symbol; do
    mkdir -p "$here/corpus/$target"
done
for f in "$root"/corpus/*.txt; do
    name=$(basename "$f" .txt)
    cp "$f" "$here/corpus/parse/$name"
    cp "$f" "$here/corpus/render/$name"
done
# The symbol grammar reads lines: give it the lines that cite a symbol.
grep -h -E '[A-Z]+/[A-Z0-9.]+/' "$root"/corpus/*.txt | head -n 300 | {
    i=0
    while IFS= read -r line; do
        i=$((i + 1))
        printf '%s' "$line" > "$here/corpus/symbol/line-$i"
    done
}
snippet() {
    for target in parse render; do
        printf "$2" > "$here/corpus/$target/snippet-$1"
    done
}
snippet heading 'I. Organisation de la session\n\n A. Ouverture\n\n1. La Conf\303\251rence a adopt\303\251 son rapport.\n'
snippet resolution '  R\303\251solution 6/1\n\n La Conf\303\251rence des Parties,\n\n Rappelant sa r\303\251solution 5/1,\n\n1. D\303\251cide que a) le groupe; b) les \303\211tats;\n'
snippet footnote 'Texte cit\303\251 (A/60/88 et Corr.2)1.\n__________________\n1 Nations Unies, Recueil des Trait\303\251s, vol. 2225, no 39574.\n2 Ibid.\n\f28 V.12-57119\n'
snippet lists '(i) premier;\n(ii) second;\n   a) sous-point\n   b) autre\nIV. Annexe\n'
snippet hostile '<script>alert(1)</script> & "q" '"'"'s'"'"' ]]> \001\000 \357\277\276 \342\200\256bidi\r lone CR\r\n'
snippet crlf 'E/CN.4/2005/L.10/Add.17\r\n1. Text.\r\n\f2. More.\r\n'
printf 'A/RES/73/8' > "$here/corpus/symbol/res"
printf 'CTOC/COP/2012/15' > "$here/corpus/symbol/ctoc"
printf 'A/HRC/14/37/Add.1 and Corr.1' > "$here/corpus/symbol/add"
echo "seeded: $(ls "$here/corpus/parse" | wc -l) parse, $(ls "$here/corpus/render" | wc -l) render, $(ls "$here/corpus/symbol" | wc -l) symbol inputs"
