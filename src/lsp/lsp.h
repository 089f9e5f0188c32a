/* `agentlint lsp`: the Language Server entry point, called by main() when
 * the first argument is "lsp". Returns the process exit status. */
#ifndef AL_LSP_H
#define AL_LSP_H

int al_lsp_main(int argc, char **argv);

#endif
