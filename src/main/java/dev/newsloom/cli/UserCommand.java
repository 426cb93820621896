package dev.newsloom.cli;

import dev.newsloom.community.AccountException;
import dev.newsloom.community.Accounts;
import dev.newsloom.community.Community;
import dev.newsloom.community.Names;
import dev.newsloom.community.Role;
import dev.newsloom.community.User;
import dev.newsloom.store.Database;
import java.io.BufferedReader;
import java.io.Console;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Accounts from the command line: the first administrator, moderators, a forgotten password. */
@Command(name = "user", mixinStandardHelpOptions = true,
        description = "Manage reader accounts (works while the site runs).",
        subcommands = {UserCommand.Add.class, UserCommand.Password.class, UserCommand.Unlock.class, UserCommand.SetRole.class,
                UserCommand.ListUsers.class})
public final class UserCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class RoleChoice {
        @Option(names = "--admin", description = "An administrator: moderates, and gives or takes roles.") boolean admin;
        @Option(names = "--moderator", description = "A moderator: reviews comments, bans readers, keeps the blocked words.") boolean moderator;

        Role role() {
            return admin ? Role.ADMIN : moderator ? Role.MODERATOR : Role.READER;
        }
    }

    @Command(name = "add", mixinStandardHelpOptions = true,
            description = "Create an account (a reader unless --admin or --moderator). Asks for the password twice, or reads one line from standard input with --password-stdin.")
    static final class Add implements Callable<Integer> {
        @Mixin DataDirOption data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @ArgGroup(exclusive = true) RoleChoice role;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input (for scripts).") boolean stdin;

        @Override
        public Integer call() {
            return withCommunity(spec, data, community -> {
                community.accounts().checkAvailable(name); // a taken name is said before a password is asked for
                char[] password = UserCommand.password(spec, stdin);
                try {
                    User u = community.accounts().create(name, password, role == null ? Role.READER : role.role());
                    spec.commandLine().getOut().printf("Created %s (%s).%n", u.name(), u.role().slug());
                } finally {
                    Accounts.wipe(password);
                }
            });
        }
    }

    @Command(name = "password", mixinStandardHelpOptions = true,
            description = "Set a new password for an account (signs it out everywhere and lifts its sign-in lock).")
    static final class Password implements Callable<Integer> {
        @Mixin DataDirOption data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Option(names = "--password-stdin", description = "Read the password from the first line of standard input.") boolean stdin;

        @Override
        public Integer call() {
            return withCommunity(spec, data, community -> {
                community.accounts().existing(name); // "no account" before asking for a password nobody can use
                char[] password = UserCommand.password(spec, stdin);
                try {
                    community.accounts().resetPassword(name, password);
                    spec.commandLine().getOut().printf("New password set for %s; every browser of theirs is signed out.%n", name);
                } finally {
                    Accounts.wipe(password);
                }
            });
        }
    }

    @Command(name = "unlock", mixinStandardHelpOptions = true,
            description = "Lift an account's sign-in lock (after 5 failed sign-ins) without changing its password.")
    static final class Unlock implements Callable<Integer> {
        @Mixin DataDirOption data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME") String name;

        @Override
        public Integer call() {
            return withCommunity(spec, data, community -> {
                String shown = community.accounts().existing(name).name();
                boolean was = community.accounts().unlock(name);
                spec.commandLine().getOut().printf(was ? "%s can sign in again now.%n" : "%s was not locked.%n", shown);
            });
        }
    }

    @Command(name = "role", mixinStandardHelpOptions = true, description = "Give an account the role reader, moderator or admin.")
    static final class SetRole implements Callable<Integer> {
        @Mixin DataDirOption data;
        @Spec CommandSpec spec;
        @Parameters(index = "0", paramLabel = "NAME") String name;
        @Parameters(index = "1", paramLabel = "ROLE", description = "reader, moderator or admin") String role;

        @Override
        public Integer call() {
            return withCommunity(spec, data, community -> {
                Role r = Role.fromSlug(role).orElseThrow(() -> new AccountException(AccountException.Kind.INVALID,
                        "A role is reader, moderator or admin, not " + role + "."));
                community.accounts().setRole(name, r);
                spec.commandLine().getOut().printf("%s is now %s.%n", name, r.slug());
            });
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "List accounts with their role and state.")
    static final class ListUsers implements Callable<Integer> {
        @Mixin DataDirOption data;
        @Spec CommandSpec spec;

        @Override
        public Integer call() {
            return withCommunity(spec, data, community -> {
                PrintWriter out = spec.commandLine().getOut();
                var all = community.accounts().all();
                if (all.isEmpty()) out.println("No accounts. Create the first administrator with: newsloom user add NAME --admin");
                // accounts from before look-alike names were refused: say which names pass for another
                java.util.Map<String, List<String>> bySkeleton = new java.util.HashMap<>();
                for (User u : all) bySkeleton.computeIfAbsent(Names.skeleton(u.name()), k -> new java.util.ArrayList<>()).add(u.name());
                for (User u : all) {
                    List<String> alike = bySkeleton.get(Names.skeleton(u.name())).stream().filter(n -> !n.equals(u.name())).toList();
                    out.printf("%-30s %-9s since %s%s%s%n", u.name(), u.role().slug(), u.createdAt().toString().substring(0, 10),
                            u.banned() ? "  BANNED: " + u.banReason() : "",
                            alike.isEmpty() ? "" : "  LOOKS LIKE " + String.join(", ", alike) + " (" + codePoints(u.name()) + ")");
                }
            });
        }
    }

    /** A name spelled out, so an operator can tell two look-alikes apart: "U+0430 l i c e _ r". */
    static String codePoints(String name) {
        return name.codePoints().mapToObj(cp -> cp < 0x80 ? Character.toString(cp) : String.format("U+%04X", cp))
                .collect(java.util.stream.Collectors.joining(" "));
    }

    interface Work {
        void run(Community community);
    }

    /** Opens only the store (no index, no model): account commands are quick and safe beside a running site. */
    static int withCommunity(CommandSpec spec, DataDirOption data, Work work) {
        try (Database db = Database.open(data.path(), data.postgres())) {
            work.run(Application.community(db, Clock.systemUTC()));
            return 0;
        } catch (AccountException e) {
            spec.commandLine().getErr().println("newsloom user: " + e.getMessage());
            return 1;
        }
    }

    static char[] password(CommandSpec spec, boolean stdin) {
        try {
            if (stdin) {
                String line = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8)).readLine();
                if (line == null || line.isEmpty()) throw new AccountException(AccountException.Kind.INVALID, "No password on standard input.");
                return line.toCharArray();
            }
            Console console = System.console();
            if (console == null) {
                throw new AccountException(AccountException.Kind.INVALID,
                        "No terminal to ask for the password; pipe it in with --password-stdin.");
            }
            char[] first = console.readPassword("Password: ");
            char[] second = console.readPassword("Password again: ");
            if (first == null || first.length == 0) {
                throw new AccountException(AccountException.Kind.INVALID, "No password was typed (use --password-stdin to pipe one in).");
            }
            if (second == null || !Arrays.equals(first, second)) {
                throw new AccountException(AccountException.Kind.INVALID, "The two passwords differ.");
            }
            Accounts.wipe(second);
            return first;
        } catch (java.io.IOException e) {
            throw new AccountException(AccountException.Kind.INVALID, "Could not read the password: " + e.getMessage());
        }
    }
}
