namespace Warta.Text.Syntax;

/// <summary>
/// A configuration of the arc-eager transition system (Nivre 2003) with the root token at the end
/// of the buffer (Ballesteros and Nivre 2013): tokens 0..n-1 and ROOT = n. Keeps, for features,
/// each token's head, label, two leftmost and two rightmost children, valency and label sets.
/// </summary>
internal sealed class ArcEagerState
{
    public const int Shift = 0, Reduce = 1, Left = 2, Right = 3, Moves = 4;

    public int N;
    public int B;
    public int Depth;
    public int[] Stack = [];
    public int[] Head = [];
    public int[] Label = [];
    public int[] L1 = [], L2 = [], R1 = [], R2 = [];
    public int[] NLeft = [], NRight = [];
    public ulong[] LeftLabels = [], RightLabels = [];
    public bool[] InStack = [];

    public void Reset(int n)
    {
        N = n;
        if (Head.Length < n + 1)
        {
            var size = Math.Max(n + 1, Head.Length * 2);
            Stack = new int[size];
            Head = new int[size];
            Label = new int[size];
            L1 = new int[size]; L2 = new int[size]; R1 = new int[size]; R2 = new int[size];
            NLeft = new int[size]; NRight = new int[size];
            LeftLabels = new ulong[size]; RightLabels = new ulong[size];
            InStack = new bool[size];
        }
        B = 0;
        Depth = 0;
        for (var i = 0; i <= n; i++)
        {
            Head[i] = -1; Label[i] = -1;
            L1[i] = L2[i] = R1[i] = R2[i] = -1;
            NLeft[i] = NRight[i] = 0;
            LeftLabels[i] = RightLabels[i] = 0;
            InStack[i] = false;
        }
    }

    public bool IsTerminal => Depth == 0 && B == N;

    public int S0 => Depth > 0 ? Stack[Depth - 1] : -1;

    public bool IsLegal(int move) => move switch
    {
        Shift => B < N,
        Reduce => Depth > 0 && Head[Stack[Depth - 1]] != -1,
        Left => Depth > 0 && Head[Stack[Depth - 1]] == -1,
        Right => Depth > 0 && B < N,
        _ => false,
    };

    public void Apply(int move, int label)
    {
        switch (move)
        {
            case Shift:
                Push(B++);
                break;
            case Reduce:
                Pop();
                break;
            case Left:
                AddArc(B, Pop(), label);
                break;
            case Right:
                AddArc(Stack[Depth - 1], B, label);
                Push(B++);
                break;
        }
    }

    private void Push(int i)
    {
        Stack[Depth++] = i;
        InStack[i] = true;
    }

    private int Pop()
    {
        var i = Stack[--Depth];
        InStack[i] = false;
        return i;
    }

    private void AddArc(int head, int dep, int label)
    {
        Head[dep] = head;
        Label[dep] = label;
        var bit = label is >= 0 and < 64 ? 1UL << label : 0;
        if (dep < head)
        {
            NLeft[head]++;
            LeftLabels[head] |= bit;
            if (L1[head] == -1 || dep < L1[head]) { L2[head] = L1[head]; L1[head] = dep; }
            else if (L2[head] == -1 || dep < L2[head]) L2[head] = dep;
        }
        else
        {
            NRight[head]++;
            RightLabels[head] |= bit;
            if (R1[head] == -1 || dep > R1[head]) { R2[head] = R1[head]; R1[head] = dep; }
            else if (R2[head] == -1 || dep > R2[head]) R2[head] = dep;
        }
    }

    /// <summary>
    /// The dynamic oracle of Goldberg and Nivre (2012): how many gold arcs a move makes unreachable
    /// (gold heads use N for the root). Exact for projective gold trees.
    /// </summary>
    public int Cost(int move, int[] gold)
    {
        var cost = 0;
        switch (move)
        {
            case Shift:
                for (var d = 0; d < Depth; d++)
                {
                    var k = Stack[d];
                    if (gold[k] == B && Head[k] == -1) cost++;
                    if (gold[B] == k) cost++;
                }
                break;
            case Right:
            {
                var s = Stack[Depth - 1];
                var g = gold[B];
                if (g != s && (g > B || (g >= 0 && InStack[g]))) cost++;
                for (var d = 0; d < Depth; d++)
                {
                    var k = Stack[d];
                    if (gold[k] == B && Head[k] == -1) cost++;
                }
                break;
            }
            case Left:
            {
                var s = Stack[Depth - 1];
                if (gold[s] != B && gold[s] > B) cost++;
                for (var k = B; k < N; k++)
                    if (gold[k] == s) cost++;
                break;
            }
            case Reduce:
            {
                var s = Stack[Depth - 1];
                for (var k = B; k < N; k++)
                    if (gold[k] == s) cost++;
                break;
            }
        }
        return cost;
    }
}
