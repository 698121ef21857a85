package org.threatwright.kb.catalogue;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Natural order of clause numbers: "2.4.3.9.1" before "2.4.3.10", "5.2" before "5.10", "SM-2" before "SM-10". */
final class Notations {

    private Notations() {
    }

    static final Comparator<String> ORDER = Notations::compare;

    static int compare(String a, String b) {
        List<String> x = runs(a);
        List<String> y = runs(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            String p = x.get(i);
            String q = y.get(i);
            int c;
            if (isDigits(p) && isDigits(q)) {
                c = Long.compare(Long.parseLong(p), Long.parseLong(q));
            } else {
                c = p.compareTo(q);
            }
            if (c != 0) {
                return c;
            }
        }
        int c = Integer.compare(x.size(), y.size());
        return c != 0 ? c : a.compareTo(b);
    }

    private static boolean isDigits(String s) {
        return !s.isEmpty() && s.length() < 18 && s.chars().allMatch(Character::isDigit);
    }

    private static List<String> runs(String s) {
        List<String> out = new ArrayList<>();
        StringBuilder run = new StringBuilder();
        int kind = -1;
        for (char ch : s.toCharArray()) {
            int k = Character.isDigit(ch) ? 0 : Character.isLetter(ch) ? 1 : 2;
            if (run.length() > 0 && (k != kind || k == 2)) {
                out.add(run.toString());
                run.setLength(0);
            }
            run.append(ch);
            kind = k;
        }
        if (run.length() > 0) {
            out.add(run.toString());
        }
        return out;
    }
}
