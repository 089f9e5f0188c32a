# Elixir's own verdict on extracted snippets, for the differential test.
#
#   elixir oracle.exs INDEX DIR
#
# INDEX rows: id <TAB> file <TAB> first content line <TAB> iex (0/1) [<TAB> ...]; DIR/<id>.ex is
# the snippet. Prints one row per snippet:
#   id <TAB> ok
#   id <TAB> error <TAB> line <TAB> message (line numbers are file lines)
# iex snippets are read the way ExUnit doctests read them: each "iex>" / "iex(N)>" prompt starts
# an expression, "...>" / "...(N)>" lines continue it, other lines are output and ignored, and
# every expression is parsed on its own (the first failing one is reported).
# One VM checks everything: Code.string_to_quoted/2 is called in-process.

defmodule Oracle do
  @iex ~r/^[ \t]*iex(\([^)\n]{0,36}\))?>/
  @dots ~r/^[ \t]*\.\.\.(\([^)\n]{0,36}\))?>/

  def run([index, dir]) do
    index
    |> File.read!()
    |> String.split("\n", trim: true)
    |> Enum.each(fn row ->
      [id, _file, line, iex | _] = String.split(row, "\t")
      code = File.read!(Path.join(dir, id <> ".ex"))
      line = String.to_integer(line)
      result = if iex == "1", do: check_iex(code, line), else: check(code, line)
      IO.puts(format(id, result))
    end)
  end

  defp format(id, :ok), do: "#{id}\tok"

  defp format(id, {:error, line, msg}) do
    "#{id}\terror\t#{line}\t#{inspect(msg, limit: :infinity, printable_limit: :infinity)}"
  end

  def check(code, line) do
    {result, _warnings} =
      ExUnit.CaptureIO.with_io(:stderr, fn ->
        Code.string_to_quoted(code, line: line, columns: true)
      end)

    case result do
      {:ok, _} ->
        :ok

      {:error, {meta, info, token}} ->
        msg =
          case info do
            {prefix, suffix} -> IO.chardata_to_string([prefix, token, suffix])
            prefix -> IO.chardata_to_string([prefix, token])
          end

        {:error, meta[:line] || line, msg}
    end
  end

  def check_iex(code, first_line) do
    code
    |> String.split("\n")
    |> Enum.with_index(first_line)
    |> expressions([], nil)
    |> Enum.reduce_while(:ok, fn {expr, line}, :ok ->
      case check(expr, line) do
        :ok -> {:cont, :ok}
        err -> {:halt, err}
      end
    end)
  end

  # Collects {expression, file line of its first line}.
  defp expressions([], acc, cur), do: Enum.reverse(push(acc, cur))

  defp expressions([{text, line} | rest], acc, cur) do
    text = String.trim_trailing(text, "\r")

    case {after_prompt(@iex, text), cur && after_prompt(@dots, text)} do
      {expr, _} when is_binary(expr) ->
        expressions(rest, push(acc, cur), {[expr], line})

      {nil, expr} when is_binary(expr) ->
        {lines, l0} = cur
        expressions(rest, acc, {[expr | lines], l0})

      _ ->
        expressions(rest, push(acc, cur), nil)
    end
  end

  defp after_prompt(regex, text) do
    case Regex.run(regex, text, return: :index) do
      [{0, n} | _] -> binary_part(text, n, byte_size(text) - n)
      _ -> nil
    end
  end

  defp push(acc, nil), do: acc

  defp push(acc, {lines, line}) do
    expr = lines |> Enum.reverse() |> Enum.join("\n")
    if String.trim(expr) == "", do: acc, else: [{expr, line} | acc]
  end
end

{:ok, _} = Application.ensure_all_started(:ex_unit)
Oracle.run(System.argv())
