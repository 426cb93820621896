package dev.newsloom.cli;

import dev.newsloom.community.PasswordHasher;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** How long one Argon2id verification takes with the site's parameters, and with stronger ones for comparison. */
@Command(name = "password", mixinStandardHelpOptions = true,
        description = "Time Argon2id password hashing: the site's parameters, and RFC 9106's 64 MiB option for comparison.")
final class PasswordBench implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Option(names = "--rounds", defaultValue = "30", description = "Hashes timed per setting (default: ${DEFAULT-VALUE}).") int rounds;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        for (PasswordHasher.Params p : new PasswordHasher.Params[] {PasswordHasher.DEFAULT, new PasswordHasher.Params(65_536, 3, 4)}) {
            PasswordHasher hasher = new PasswordHasher(p);
            char[] password = "correct horse battery staple".toCharArray();
            for (int i = 0; i < 3; i++) hasher.hash(password); // warm-up
            double[] ms = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                long t = System.nanoTime();
                hasher.hash(password);
                ms[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(ms);
            out.printf("password (argon2id m=%d KiB, t=%d, p=%d): median %.1f ms, p90 %.1f ms per hash on one thread (%d hashes) [%s]%n",
                    p.memoryKib(), p.iterations(), p.parallelism(), ms[rounds / 2], ms[(int) (rounds * 0.9)], rounds, BenchCommand.machine());
            out.flush();
        }
        return 0;
    }
}
